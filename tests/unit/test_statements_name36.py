"""Round 36 (name36): named speakers (issue 13).

- a surname written alone with a typo ("Thibodaeu", "Walaby") is the person
  named in full before, not a new person; a family's plural is no typo;
- a name typed with combining accents or garbled by decoding UTF-8 as Latin-1 ("PeÃ±a")
  is one word each, not cut at the accent, and the speaker's name is given as it was
  written before the garbling ("Peña");
- "One of his supporters who backs Chen, former Rep. Mary Okafor, lives there and wrote
  that": the name set off after the relative clause is the subject;
- "he’s almost guaranteed to win": a state ("is"), no cue whose speaker is "he’s almost";
- "The campaign and some experts have alleged": the pair, not the group alone; "Okafor and
  other officials said": Okafor, as "Okafor and some officials" was;
- "Hamilton showed" after "in Hamilton": the place, not a person whose first name is
  "Hamilton";
- "Carmen de las Heras", "Yasmin al Sayed": the particle is part of the name;
- "His son Robert Jr. said" after Robert Smith: Robert Smith Jr., and so is a later
  "Robert Jr."; a tracked official may be the one "his" means too;
- "Kerr's attack on a budget that she said has starved": she is the possessor, the one
  person of her gender the sentence names;
- "ran counter to": the idiom, no cue whose speaker is "Running";
- "HuffPo" after "the Huffington Post": the organisation, its words blended.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor, unmangled
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_misspelt_surname_is_the_person_named_before() -> None:
    text = ("Council member Margaret Thibodeau said the budget was late. Thibodaeu also "
            "said the vote would wait until spring.")
    got = _speakers(text)
    assert ("Margaret Thibodeau", "the vote would wait until spring") in got
    text = ("Mayor Karen Wallaby spoke first. “We will build it,” Walaby said.")
    assert ("Karen Wallaby", "We will build it") in _speakers(text)


def test_family_plural_and_short_names_are_no_typos() -> None:
    text = ("Senator Janet Morrison spoke first. The Morrisons said they would sell the farm.")
    assert all(s != "Janet Morrison" for s, c in _speakers(text) if "farm" in c)
    text = ("Premier Doug Ford spoke first. Fork said the road was closed.")
    assert all(s != "Doug Ford" for s, c in _speakers(text) if "road" in c)


def test_decomposed_accents_and_garbled_letters_stay_in_the_name() -> None:
    # "José Núñez" typed with combining accents
    text = "“We are ready,” said Jose\u0301 Nu\u0301n\u0303ez, the union's president."
    assert _speakers(text)[0][0] == "Jose\u0301 Nu\u0301n\u0303ez"
    # "Peña" decoded twice (UTF-8 read as Latin-1), composed and decomposed
    text = "“It is late,” said Ana PeA\u0303\u0083A\u0302\u00b1a Ruiz, a councillor."
    assert _speakers(text)[0][0] == "Ana Peña Ruiz"
    # a no-break space still parts two words
    text = "“It is late,” said Ms.\u00a0Ruiz."
    assert _speakers(text)[0][0] == "Ruiz"


def test_name_set_off_after_a_relative_clause_is_the_subject() -> None:
    text = ("A longtime donor who still supports Chen, former Councillor Mary "
            "Okafor, lives in the ward and wrote in a letter that the plan was reckless.")
    got = _speakers(text)
    assert ("Mary Okafor", "the plan was reckless") in got


def test_pronoun_is_with_degree_adverb_makes_no_cue() -> None:
    text = ("The upside for the mayor, Dana Pruitt said, is that as the incumbent, she’s "
            "almost guaranteed to draw a crowd.")
    got = _speakers(text)
    assert all(not (s or "").startswith("she") for s, _ in got)
    assert got and got[0][0] == "Dana Pruitt"


def test_speaker_joined_to_a_loose_group_keeps_the_pair() -> None:
    got = _speakers("The Ottawa campaign and some housing advocates have argued that the "
                    "bylaw is void.")
    assert got and got[0][0] == "The Ottawa campaign and some housing advocates"
    got = _speakers("But Democrats and some Republicans have said the bill would pass.")
    assert got and got[0][0] == "Democrats and some Republicans"
    # an object before "and" is no subject
    got = _speakers("The premier met the mayor and some councillors said the talks went well.")
    assert got and got[0][0] == "some councillors"


def test_named_person_and_other_officials_is_the_person() -> None:
    text = ("Mayor Linda Okafor spoke first. Okafor and other officials said the water "
            "was safe.")
    assert ("Linda Okafor", "the water was safe") in _speakers(text)


def test_place_written_after_in_is_no_first_name() -> None:
    text = ("Fans gathered in Hamilton on Sunday. “We are ready,” said Jo Baker, president of "
            "the Hamilton Tiger Fans Club. Hamilton showed that a big final can also be calm.")
    got = _speakers(text)
    assert ("Hamilton", "a big final can also be calm") in got


def test_speaker_name_garbled_by_decoding_is_restored() -> None:
    assert unmangled("Ana Pe\u00c3\u00b1a Ruiz") == "Ana Peña Ruiz"
    assert unmangled("Ana PeA\u0303\u00b1a Ruiz") == "Ana Peña Ruiz"  # decomposed
    assert unmangled("Luis Sarukh\u00c3\u0083\u00c2\u00a1n") == "Luis Sarukhán"  # twice
    assert unmangled("S\u00c3O PAULO") == "S\u00c3O PAULO"  # no UTF-8: as written
    assert unmangled("José Núñez") == "José Núñez"
    text = "“It is late,” said Ana Pe\u00c3\u00b1a Ruiz, a councillor."
    assert _speakers(text)[0][0] == "Ana Peña Ruiz"


def test_name_particles_of_spanish_and_arabic_names() -> None:
    text = "“It is late,” said Carmen de las Heras, a councillor."
    assert _speakers(text)[0][0] == "Carmen de las Heras"
    text = "“We will wait,” said Yasmin al Sayed, the group's spokeswoman."
    assert _speakers(text)[0][0] == "Yasmin al Sayed"


def test_son_named_by_given_name_and_generation() -> None:
    text = ("Robert Smith spoke on Tuesday. His son Robert Jr. said the farm would be sold. "
            "Robert Jr. later said the buyer was local.")
    got = _speakers(text)
    assert ("Robert Smith Jr.", "the farm would be sold") in got
    assert ("Robert Smith Jr.", "the buyer was local") in got


def test_he_after_that_is_the_possessor_named_alone() -> None:
    text = ("Mayor Ann Price opened the meeting on Tuesday. The dispute was at the heart of "
            "Jane Kerr's "
            "attack on a budget that she said has starved the libraries.")
    got = _speakers(text)
    assert any(s == "Jane Kerr" and "libraries" in c for s, c in got)


def test_run_counter_to_is_no_cue() -> None:
    assert _speakers("All of it ran counter to his earlier statements.") == []
    got = _speakers("Running counter to all that is the mayor's plan to sell the park.")
    assert all(s not in {"Running", "ran"} for s, _ in got)
    assert _speakers("The minister countered that the plan was sound.") == [
        ("The minister", "the plan was sound")]


def test_blended_short_name_is_the_organisation_named_before() -> None:
    text = ("The Globe Mail reported the deal on Monday. GloMa said the talks had failed. "
            "McKenna said the vote would wait.")
    got = _speakers(text)
    assert ("Globe Mail", "the talks had failed") in got
    assert ("McKenna", "the vote would wait") in got
