"""Round 35 (scan35b): speakers of relative "who" clauses after a kin or young person's noun
(issue 13)."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry

EX = Extractor(default_registry())


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in EX.extract(text, date(2025, 6, 1))]


def test_who_after_a_young_person_noun_is_that_person() -> None:
    assert _speakers("Deputies were met by a 16-year-old girl, who said her brother had "
                     "fired the rifle.") == ["a 16-year-old girl"]
    assert _speakers("Officers stopped a 19-year-old male who claimed he had found the "
                     "pistol in a park.") == ["a 19-year-old male"]


def test_who_after_a_kin_noun_is_that_relative() -> None:
    assert _speakers("The farmer was approached by his nephew, who said the barn was on "
                     "fire.") == ["his nephew"]


def test_who_after_a_participle_object_stays_unresolved() -> None:
    # the noun before "who" is a thing the man ran to, not the man: no described speaker
    speakers = _speakers("A trooper saw a man running toward his truck who said he "
                         "had been robbed.")
    assert "his truck" not in speakers


def test_a_date_beside_the_subject_is_no_part_of_it() -> None:
    assert _speakers("The agency in 2019 said the bridge was unsafe.") == ["The agency"]
    assert _speakers("In 2019 the agency said the bridge was unsafe.") == ["the agency"]
    assert _speakers("In April the agency announced the bridge would close.") == ["the agency"]
    assert _speakers("The company, which was founded in 2015, in 2020 claimed a record "
                     "quarter.") == ["The company"]


def test_a_date_inside_a_longer_subject_stays() -> None:
    # the date belongs to the participle's phrase; the whole phrase is the subject
    speakers = _speakers("Farmers hoping to sell their crops in October say prices are low.")
    assert speakers and speakers[0] != "their crops"


def test_a_body_name_with_of_after_its_kind_word_stays_whole() -> None:
    assert _speakers("The park is run by the charity Friends of Elm Park, which has said the "
                     "gates will reopen.") == ["Friends of Elm Park"]
    assert _speakers("The memo cites the National Conference of State Registrars, which "
                     "wrote that the rules were unclear.") == [
        "National Conference of State Registrars"]


def test_a_described_body_before_of_is_no_name() -> None:
    speakers = _speakers("The Dutch government of Prime Minister Jan Smit said the talks "
                         "would resume.")
    assert speakers and speakers[0] != "Dutch government of Prime Minister Jan Smit"
