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
