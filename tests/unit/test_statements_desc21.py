"""Speakers, round 21 (issue 13, branch desc21): titles and descriptions resolved by how news
refers to people, probed with wire sentences of the topic."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def _speaker_of(found: list[Statement], mention: str) -> str | None:
    return next(s.speaker for s in found if s.mention == mention)


def test_a_title_apposed_with_two_modifiers_is_the_persons() -> None:
    found = _extract("Was that really Oleh Syniehubov, the blunt, tireless governor of "
                     "Kharkiv? Analyst Mark Stone wrote that Syniehubov looked lost. “We are "
                     "fine,” the governor said.")
    assert _speaker_of(found, "the governor") == "Oleh Syniehubov"


def test_an_office_is_not_the_commentator_just_quoted() -> None:
    found = _extract("Oleh Syniehubov visited the site on Monday. Conservative "
                     "commentator Jonah Goldberg wrote that the strike was a warning. “The "
                     "city will stand,” the governor said.")
    assert _speaker_of(found, "the governor") == "Oleh Syniehubov"


def test_an_office_is_not_the_registrys_envoy() -> None:
    found = _extract("Witkoff met Zelenskyy in Kyiv on Monday. The senator said the sanctions "
                     "bill was ready.")
    assert _speaker_of(found, "The senator") == "The senator"


def test_a_title_is_not_the_person_its_sentence_names_after_it() -> None:
    found = _extract("Oleh Syniehubov toured the city on Monday. Ivan Petrenko said the region "
                     "needed help. The governor said Petrenko was wrong.")
    assert _speaker_of(found, "The governor") == "Oleh Syniehubov"


def test_a_name_as_a_modifier_after_the_title_does_not_count() -> None:
    found = _extract("Oleh Syniehubov toured the city on Monday. The governor said the "
                     "Syniehubov family had stayed in Kharkiv.")
    assert _speaker_of(found, "The governor") == "Oleh Syniehubov"


def test_the_candidate_is_not_the_campaigns_manager_nor_an_analyst() -> None:
    found = _extract("Yulia Tymoshenko campaigned in Lviv on Monday. Ivan Petrenko, "
                     "Tymoshenko's campaign manager, said the crowd was huge. “We are going to "
                     "win,” the candidate said.")
    assert _speaker_of(found, "the candidate") == "Yulia Tymoshenko"
    found = _extract("Yulia Tymoshenko campaigned in Lviv on Monday. Political analyst Ivan "
                     "Petrenko said the race was close. “We are going to win,” the candidate "
                     "said.")
    assert _speaker_of(found, "the candidate") == "Yulia Tymoshenko"


def test_an_epithet_of_trade_before_a_name_is_that_persons() -> None:
    found = _extract("Billionaire steel magnate Rinat Akhmetov pledged aid to Kyiv on Monday. "
                     "Zelenskyy's adviser Mykhailo Podolyak said the aid was welcome. “We will "
                     "rebuild,” the magnate said.")
    assert _speaker_of(found, "the magnate") == "Rinat Akhmetov"


def test_a_headlines_bare_office_is_the_person_the_headline_made_act() -> None:
    found = _extract("Syniehubov criticizes Moscow; Kharkiv governor says the region will "
                     "rebuild. "
                     "Oleh Syniehubov toured the town on Monday.")
    assert _speaker_of(found, "Kharkiv governor") == "Oleh Syniehubov"


def test_a_headlines_bare_office_is_not_a_mere_mention() -> None:
    found = _extract("Sanctions to counter Putin; Kharkiv governor says the region will "
                     "rebuild. The governor toured the town on Monday.")
    assert _speaker_of(found, "Kharkiv governor") == "Kharkiv governor"
