"""Quote paragraphs that inherit the last speaker (issue 13, round 33, scancarry): a line
ending in a colon that no cue read introduces someone else's words or a text, and the quote
paragraphs after it inherit no one; a line opening with a pronoun ("His exact words:") still
points back to the last speaker."""

from __future__ import annotations

from tests.support.statements import extract, with_content

_LAST = ('Mayor Dana Whitfield said the city would help. "We will rebuild this street," '
         'Whitfield said.\n\n')


def test_a_colon_line_of_no_one_ends_the_inheritance() -> None:
    text = (_LAST + "Radio traffic from the scene at 4:50 p.m.:\n\n"
            '"He is coming out of the building with his hands up."\n\n'
            '"We have one suspect in custody right now."')
    found = extract(text)
    assert not with_content(found, "hands up")
    assert not with_content(found, "in custody")


def test_a_colon_line_naming_someone_else_takes_no_last_speaker() -> None:
    text = (_LAST + "Carl Owens, the director of the neighbourhood council, was blunt about "
            "the delay:\n\n" '"We will see the city in court over this."')
    assert all(s.speaker != "Dana Whitfield" for s in with_content(extract(text), "in court"))


def test_a_colon_line_opening_with_a_pronoun_keeps_the_last_speaker() -> None:
    text = (_LAST + "Her exact words:\n\n"
            '"Nobody in this city will be left alone after the flood."')
    hits = with_content(extract(text), "left alone")
    assert [s.speaker for s in hits] == ["Dana Whitfield"]


def test_a_new_name_as_subject_between_ends_the_inheritance() -> None:
    text = ('"It sounded like a bomb," said Ralph Denton, who lives next door.\n\n'
            "Tobias Mercer, 17, who works at the gas station nearby, also heard the blast.\n\n"
            '"At first I thought it was thunder, until I saw the police cars."')
    assert all(s.speaker != "Ralph Denton" for s in with_content(extract(text), "thunder"))


def test_a_determiner_or_a_count_opening_the_sentence_is_no_new_name() -> None:
    text = ('"We seized the boats at dawn," said Ralph Denton, the coast guard commander.\n\n'
            "Six AK rifles and ammunition were found aboard.\n\n"
            '"We also found ladders and ropes, which prove they were pirates."')
    hits = with_content(extract(text), "ladders")
    assert [s.speaker for s in hits] == ["Ralph Denton"]


def test_a_line_saying_someone_issued_a_statement_gives_the_quote_to_them() -> None:
    text = (_LAST + "Senator Marta Kovac released the following statement on the flooding "
            "along the river early this morning:\n\n"
            '"My thoughts are with every family who lost a home this week."')
    hits = with_content(extract(text), "lost a home")
    assert [(s.speaker, s.cue) for s in hits] == [
        ("Marta Kovac", "released the following statement")]


def test_a_statement_issued_by_someone_of_a_name_is_not_the_name_s() -> None:
    text = (_LAST + "The parents of Tomas Greer issued the following statement on Thursday "
            "morning after the driver was charged:\n\n"
            '"Tomas was our heart and a wonderful young man, full of life."')
    assert all(s.speaker != "Tomas Greer" for s in with_content(extract(text), "our heart"))


def test_a_sentence_saying_someone_released_a_statement_gives_the_next_quote() -> None:
    text = ("Coach Ben Alder said the player had been suspended for a game.\n\n"
            "Jamal Prentice released a statement through the team later Tuesday.\n\n"
            '"Yesterday I was stopped by an officer and I expect to clear my name."')
    hits = with_content(extract(text), "clear my name")
    assert [(s.speaker, s.cue) for s in hits] == [("Jamal Prentice", "released a statement")]


def test_the_statement_of_a_second_clause_is_not_the_first_subject_s() -> None:
    text = (_LAST + "Senator Marta Kovac visited the shelter on Saturday and her office "
            "later released a statement.\n\n"
            '"The senator told the volunteers that the state would pay for the repairs."')
    assert all(s.speaker != "Marta Kovac"
               for s in with_content(extract(text), "pay for the repairs"))


def test_a_credit_with_no_verb_after_a_quote_names_its_speaker() -> None:
    text = (_LAST + '"This is a quiet street and nobody here saw it coming," neighbor Carla '
            "Mendez.")
    hits = with_content(extract(text), "quiet street")
    assert [s.speaker for s in hits] == ["Carla Mendez"]


def test_a_credit_with_no_verb_may_carry_an_apposition() -> None:
    text = (_LAST + '"It does not appear to be a random act of violence," Capt. Daniel Huffman, '
            "an investigator with the county police.")
    hits = with_content(extract(text), "random act")
    assert [s.speaker for s in hits] == ["Daniel Huffman"]


def test_an_abbreviation_ending_the_credit_is_no_name() -> None:
    text = (_LAST + '"We have no idea what caused the fire at all," the Rev.')
    assert all(s.speaker != "Rev." for s in extract(text))
