"""Round 33 (issue 13), pron33: speakers a "he" or "she" stands for on PolNeAR train, by the
general causes of the errors (which subject a pronoun goes on about, which gender a name
has)."""

from __future__ import annotations

from tests.support.statements import extract, one_with


def test_a_contrasted_clause_subject_is_the_next_he() -> None:
    text = (
        "“The plan has made everything more expensive for us,” said R. T. Pembrook, a welder "
        "in Dayton. "
        "Mrs. Okafor has been a steady defender of the plan, while Mr. Lindqvist has "
        "dwelled on its gaps. "
        "He favours a public option for every worker."
    )
    assert one_with(extract(text, "attribution"), "a public option").speaker == "Lindqvist"


def test_a_name_with_who_after_it_is_a_person_for_the_next_he() -> None:
    text = (
        "Hundreds of farmers have been detained without charge, the group said. "
        "The Kenyan marathoner Kuvelo Mbasari, who took the bronze medal at the games this "
        "summer, drew attention to the arrests when he raised his fists at the finish line; "
        "he says he fears going home and is asking for asylum."
    )
    assert one_with(extract(text, "attribution"), "fears going home").speaker == \
        "Kuvelo Mbasari"


def test_he_after_a_sentence_about_one_person_overrides_a_given_names_guess() -> None:
    text = (
        "The crowd cheered as the band played. "
        "One voter, Guadalupe Ruiz, 35, showed up in the beret of a local group. "
        "He had protested at a rally in Phoenix and talked with activists who backed the "
        "senator. "
        "\"I liked every reason they gave,\" he said."
    )
    assert one_with(extract(text, "attribution"), "every reason").speaker == "Guadalupe Ruiz"


def test_he_with_a_man_to_stand_for_leaves_a_womans_given_name_alone() -> None:
    text = (
        "Daniel Okoro spoke first at the hearing. "
        "One voter, Guadalupe Ruiz, 35, showed up in the beret of a local group. "
        "He had asked her to come. "
        "\"She knows the neighbourhood,\" she said."
    )
    assert one_with(extract(text, "attribution"), "knows the neighbourhood").speaker == \
        "Guadalupe Ruiz"


def test_a_surname_right_before_who_is_the_person_named_in_full_before() -> None:
    text = (
        "Senator Maria Delgado spoke in Tampa on Monday. "
        "Councilman Reed Hollister said he was disappointed by the rally. "
        "Hollister contrasted that with Delgado who says she wants to bring people together."
    )
    found = one_with(extract(text, "attribution"), "bring people together")
    assert found.speaker == "Maria Delgado"


def test_a_plural_verb_after_who_is_not_the_surname_before_it() -> None:
    text = (
        "State Rep. Jordan Bamford spoke at the rally on Monday. "
        "The campaign relies on legislators such as Bamford who have said they will "
        "campaign for him."
    )
    found = extract(text, "attribution")
    assert all(s.speaker != "Jordan Bamford" for s in found if "campaign for him" in s.content)


def test_a_woman_named_beside_the_sentences_man_leaves_him_the_next_he() -> None:
    text = (
        "Mr. Halvorsen, the campaign chairman, had also drawn scrutiny over his consulting "
        "work abroad. "
        "The uproar over Mr. Dorsey's claim that Mrs. Whitcombe should resign has hurt the "
        "campaign. "
        "On Monday, he said the campaign would move past it."
    )
    assert one_with(extract(text, "attribution"), "move past it").speaker == "Dorsey"
