"""Round 36 (lead36): amounts and contractions around a second verb of saying (issue 13).

- "a $125 billion estimated cost": a participle after an article's amount modifies a noun,
  no cue; the words after a currency sign are an amount, never a speaker;
- "He’s floated a cost and says C": a person's contraction opening the sentence is its
  subject; "It's easy to call X Y" is no one's.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor, _no_words_said
from monitor.statements.officials import default_registry


def _speakers(text: str, unit: str = "attribution") -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_an_amount_is_no_speaker() -> None:
    for unit in ("attribution", "statement"):
        got = _speakers("Gomez has floated a $40 billion estimate and says the bridge will "
                        "be paid for by tolls.", unit)
        assert got and all(speaker != "40 billion" for speaker, _ in got)
        assert any("Gomez" in (speaker or "") and "tolls" in content
                   for speaker, content in got)


def test_participle_after_an_amount_is_no_cue() -> None:
    got = _speakers("Maria Gomez opened the plant on Monday. She has floated a €40 million "
                    "estimated cost and says the line could open in two years.")
    assert ("Maria Gomez", "the line could open in two years") in got
    assert all(not content.startswith("cost") for _, content in got)


def test_contracted_pronoun_opens_the_clause() -> None:
    got = _speakers("Maria Gomez opened the plant on Monday. She’s visited the site twice "
                    "and says the line could open in two years.")
    assert ("Maria Gomez", "the line could open in two years") in got


def test_contracted_it_is_no_one() -> None:
    got = _speakers("The firms merged last week. It's easy to be cynical about the deal and "
                    "call the merger unpatriotic.")
    assert got == []


def test_refusal_to_be_named_before_the_verb_says_nothing() -> None:
    got = _speakers("Two nurses who spoke at the hearing but declined to be identified said "
                    "the ward was understaffed.")
    assert got and got[0][1] == "the ward was understaffed"
    assert got[0][0] is not None and got[0][0].startswith("Two nurses")


def test_second_relative_joined_to_the_first() -> None:
    got = _speakers("Another parent who waited outside the school gates and who did not want "
                    "to be named said the doors were locked.")
    assert got and got[0][1] == "the doors were locked"
    assert got[0][0] is not None and got[0][0].startswith("Another parent")


def test_could_not_resist_is_words_said() -> None:
    for unit in ("attribution", "statement"):
        got = _speakers("Maria Gomez could not resist noting that the council had been "
                        "warned twice.", unit)
        assert ("Maria Gomez", "the council had been warned twice") in got
    assert _speakers("Maria Gomez did not say that the council had been warned.",
                     "statement") == []


def test_the_person_is_the_source_described_before() -> None:
    got = _speakers("Fares will rise by $2, a person familiar with the plan said. The rise "
                    "starts in June, the person said.", "statement")
    assert [speaker for speaker, _ in got] == ["a person familiar with the plan"] * 2
    got = _speakers("Fares will rise by $2, two people briefed on the plan said. The rise "
                    "starts in June, the people said.", "statement")
    assert [speaker for speaker, _ in got] == ["two people briefed on the plan"] * 2
    # no such source before: the description as written
    got = _speakers("The rise starts in June, the person said.", "statement")
    assert got == [("the person", "The rise starts in June")]


def test_claimed_a_life_is_no_claim() -> None:
    assert _speakers("For the third time this year, gunfire has claimed the life of a child.",
                     "statement") == []
    assert _speakers("The storm has claimed more than 40 lives.", "statement") == []
    got = _speakers("Rebels claimed the town was theirs.", "statement")
    assert got == [("Rebels", "the town was theirs")]


def test_people_in_plural_places() -> None:
    got = _speakers("Some sheriffs in bordering states say they have stopped drivers.",
                    "statement")
    assert got == [("Some sheriffs in bordering states", "they have stopped drivers")]
    got = _speakers("Officials in other countries say the ban is unfair.", "statement")
    assert got == [("Officials in other countries", "the ban is unfair")]


def test_yet_opens_no_speaker() -> None:
    got = _speakers("They could be fine soldiers, yet nobody mentions them at all.",
                    "statement")
    assert all(speaker != "yet nobody" for speaker, _ in got)


def test_section_label_before_a_closing_tag() -> None:
    text = ("Africa: With Minerals Running Out, Industry Should Grow Now, Says Jane Mwangi\n\n"
            "The continent holds large reserves.")
    got = _speakers(text, "statement")
    assert got == [("Jane Mwangi", "With Minerals Running Out, Industry Should Grow Now")]


def test_the_woman_is_the_woman_described_before() -> None:
    got = _speakers("A woman who lives across the street said she heard shots. “We were "
                    "scared,” the woman said.", "statement")
    assert [speaker for speaker, _ in got] == ["A woman who lives across the street"] * 2


def test_body_name_with_and_is_whole() -> None:
    got = _speakers("In a statement, the Parents and Missing Children Forum said that it had "
                    "no news.", "statement")
    assert got == [("Parents and Missing Children Forum", "it had no news")]
    got = _speakers("The Idaho Game and Fish Commission said the hunter was shot by his "
                    "brother.", "statement")
    assert got and got[0][0] == "Idaho Game and Fish Commission"
    # two bodies, the second with its own article, stay apart
    got = _speakers("Smith and the Gates Foundation said they had no news.", "statement")
    assert got and got[0][0] != "Smith and the Gates Foundation"


def test_empty_reported_contents_are_no_statements() -> None:
    assert _no_words_said(["to."]) and _no_words_said(["And", "so"]) and _no_words_said(
        ["them"])
    assert not _no_words_said(["students", "fled"])
    # an elliptic answer is kept (recall17): "he was not", "he had"
    assert not _no_words_said(["he", "was", "not"]) and not _no_words_said(["he", "had"])
    got = _speakers("Mr. Doe was asked about the talks. And so, Mr. Doe said, they ended.",
                    "statement")
    assert all(content != "And so" for _, content in got)


def test_quote_after_a_connector_and_a_participle_aside() -> None:
    got = _speakers('The hall needs work. And so, Ivan Petrenko said, gesturing at the door of '
                    'the hall, "It will stay shut until we find money."', "statement")
    assert got == [("Ivan Petrenko", "It will stay shut until we find money.")]


def test_signatories_of_a_statement_speak() -> None:
    got = _speakers("A statement, which was endorsed by Prime Minister Anna Berg, President "
                    "Lars Holm, and Chancellor Eva Lind, slammed the offensive and warned that "
                    "the three countries would act.", "statement")
    assert got and got[0][0] == "Anna Berg and Lars Holm and Eva Lind"
    # a statement no one is said to have signed stays the statement
    got = _speakers("A statement released on Monday warned that the countries would act.",
                    "statement")
    assert got and got[0][0] == "A statement"


def test_post_of_a_body_named_in_apposition() -> None:
    got = _speakers("A deputy head of Norway’s state power company Statkraft said on Monday "
                    "that the plant would close.", "statement")
    assert got == [("A deputy head of Norway’s state power company Statkraft",
                    "the plant would close")]


def test_an_armed_attack_is_no_cue() -> None:
    got = _speakers('The Foreign Ministry condemned the Israeli military attack on the '
                    'convoy "in the strongest terms," saying that the incident breaks '
                    'international law.', "statement")
    assert ("The Foreign Ministry", "the incident breaks international law") in got
    assert all(speaker != "the Israeli military" for speaker, _ in got)


def test_definite_people_of_a_subordinate_clause_speak_its_second_verb() -> None:
    got = _speakers('The meeting came just after the leaders of France and Canada issued a '
                    'statement and said that the curbs were "wholly disproportionate."',
                    "statement")
    assert got and got[-1][0] == "the leaders of France and Canada"


def test_the_report_is_the_study_described_before() -> None:
    got = _speakers("One in four jobs is exposed, according to a new joint study from the "
                    "labour agency. Women face more risk. Clerical work is most exposed. Few "
                    "roles will vanish, the report warns, but many will change.", "statement")
    assert got and all(speaker == "a new joint study" for speaker, _ in got)
    # a report nothing described before stays as written
    got = _speakers("Few roles will vanish, the report warns.", "statement")
    assert got == [("the report", "Few roles will vanish")]


def test_a_list_of_countries_after_of_stays_in_an_inverted_speaker() -> None:
    got = _speakers("The talks would resume, said the foreign ministers of France, the UK and "
                    "Canada.", "statement")
    assert got == [("the foreign ministers of France, the UK and Canada",
                    "The talks would resume")]
    # a list of people after an aside is no part of it
    got = _speakers("The talks would resume, said the minister of France, who met Smith, "
                    "Jones and Brown.", "statement")
    assert got and got[0][0] == "the minister of France"


def test_the_outlet_is_the_magazine_named_before() -> None:
    text = ("The actor told People magazine on Wednesday that the illness is hard. He starred in "
            "the show for years. He won many awards. He met his wife in 1956, the outlet "
            "reported.")
    got = _speakers(text, "statement")
    assert ("People magazine", "He met his wife in 1956") in got
