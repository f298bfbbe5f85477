"""Named sources, round 30 of issue 13: a document named after the organisation that wrote
it ("a study by the liberal watchdog group Media Matters" is the "Media Matters study")."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry
from monitor.types import Statement


@pytest.fixture(scope="module")
def attribution() -> Extractor:
    return Extractor(default_registry(), unit="attribution", parser="off")


@pytest.fixture(scope="module")
def product() -> Extractor:
    return Extractor(default_registry(), parser="off")


def _found(extractor: Extractor, text: str) -> list[Statement]:
    return sorted(extractor.extract(text, None), key=lambda s: s.start)


def test_a_study_by_a_described_group_is_the_groups_study(attribution: Extractor) -> None:
    text = ("Airtime counted.\n\n"
            "A study by the liberal watchdog group Fair Airwaves found the governor got twice "
            "as much airtime as his rival.")
    assert [s.speaker for s in _found(attribution, text)] == ["Fair Airwaves study"]


def test_a_poll_from_a_school_is_the_schools_poll(attribution: Extractor) -> None:
    text = ("The race tightens.\n\n"
            "A poll from Lakeside Law School released Monday found the mayor leading by "
            "nine points among likely voters.")
    assert [s.speaker for s in _found(attribution, text)] == ["Lakeside Law School poll"]


def test_a_report_by_an_organisation_found_that_is_its_report(
        attribution: Extractor) -> None:
    text = ("Pay falls.\n\n"
            "A 2019 examination by the nonpartisan Civic Ledger Association found that the "
            "county lost millions on the contract.")
    found = _found(attribution, text)
    assert [s.speaker for s in found] == ["Civic Ledger Association examination"]
    assert found[0].mention.startswith("A 2019 examination by")


def test_a_projection_by_a_described_firm_is_its_projection(attribution: Extractor) -> None:
    text = ("Overtime rules change.\n\n"
            "A projection by the consulting firm Harbor Analytics, prepared for a retail "
            "group, predicted that most workers would see no raise.")
    assert [s.speaker for s in _found(attribution, text)] == ["Harbor Analytics projection"]


def test_a_study_by_a_person_stays_the_persons(attribution: Extractor) -> None:
    text = ("Cars compared.\n\n"
            "A study by Michael Greenfield found that electric cars cost less to run.")
    assert [s.speaker for s in _found(attribution, text)] == ["Michael Greenfield"]


def test_a_run_that_modifies_the_authors_noun_names_no_author(
        attribution: Extractor) -> None:
    text = ("Jobs at risk.\n\n"
            "One in four jobs is exposed to new software, according to a new study from the "
            "UN labour agency and a Polish institute.")
    assert [s.speaker for s in _found(attribution, text)] == ["a new study"]


def test_according_to_a_report_from_a_department_is_its_report(product: Extractor) -> None:
    text = ("Shooting in town.\n\n"
            "According to a report from the Lakeview Police Department, the shooting took "
            "place around 1:50 a.m. on Main Street.")
    assert [s.speaker for s in _found(product, text)] == ["Lakeview Police Department report"]


def test_data_from_a_described_organisation_is_the_organisations(
        attribution: Extractor) -> None:
    text = ("Internet cut.\n\n"
            "Data from the internet monitoring organisation Netwatch showed that traffic fell "
            "by half on Sunday.")
    assert [s.speaker for s in _found(attribution, text)] == ["Netwatch"]


def test_who_sent_out_a_press_release_saying_speaks(product: Extractor) -> None:
    text = ("Senate race heats up.\n\n"
            "Shortly after the debate ended, the Garner campaign sent out a press release "
            "saying Wilson owes voters an explanation.")
    assert [s.mention for s in _found(product, text)] == ["the Garner campaign"]


def test_who_issued_a_report_charging_speaks(attribution: Extractor) -> None:
    text = ("War crimes.\n\n"
            "The Northfield Peace Museum issued a report this month charging the militia "
            "with crimes against humanity.")
    assert [s.speaker for s in _found(attribution, text)] == ["Northfield Peace Museum"]


def test_the_issuer_of_a_report_in_a_subordinate_clause_speaks(product: Extractor) -> None:
    text = ("Spam grows.\n\n"
            "Shares fell after Norcom published a report saying hijacked computers flood "
            "the world with spam.")
    assert [s.speaker for s in _found(product, text)] == ["Norcom"]


def test_an_outlet_named_before_its_kind_is_the_outlet(product: Extractor) -> None:
    text = ("Talks fail.\n\n"
            "The state-run Harbor Times newspaper said on Monday that the talks had failed.")
    assert [s.speaker for s in _found(product, text)] == ["Harbor Times"]


def test_a_news_agency_named_before_its_kind_drops_the_nation(product: Extractor) -> None:
    text = ("Talks fail.\n\n"
            "The talks had failed, the Egyptian KARNAK news agency reported on Monday.")
    assert [s.speaker for s in _found(product, text)] == ["KARNAK"]


def test_a_kind_written_in_the_name_stays_in_it(product: Extractor) -> None:
    text = ("Talks fail.\n\n"
            "The talks had failed, The Milford Weekly reported on Monday.")
    assert [s.speaker for s in _found(product, text)] == ["Milford Weekly"]


def test_a_place_before_an_outlets_kind_names_no_outlet(product: Extractor) -> None:
    text = ("Talks fail.\n\n"
            "The talks had failed, the New York newspaper reported on Monday.")
    assert [s.speaker for s in _found(product, text)] != ["New York"]


def test_an_agencys_summary_is_named_after_the_agency(product: Extractor) -> None:
    text = ("Emails deleted.\n\n"
            "According to an FBI summary of its inquiry, the aide sent the contractor an "
            "email about the server.")
    assert [s.speaker for s in _found(product, text)] == ["FBI summary"]


def test_an_agencys_records_are_named_after_the_agency(attribution: Extractor) -> None:
    text = ("Donors switch.\n\n"
            "FEC records from the 2012 election cycle show he backed two Democrats.")
    assert [s.speaker for s in _found(attribution, text)] == ["FEC records"]


def test_records_from_a_clerk_are_the_clerks_records(product: Extractor) -> None:
    text = ("Shooter named.\n\n"
            "According to court records from the Marlow County Clerk of Court, the man had "
            "two active criminal cases.")
    assert [s.speaker for s in _found(product, text)] == ["Marlow County Clerk of Court records"]


def test_a_nations_adjective_before_a_cue_noun_is_no_speaker(product: Extractor) -> None:
    text = ("Gas deal.\n\n"
            "The minister has worked to calm German fears, telling reporters that Berlin has "
            "no plans to act.")
    assert [s.speaker for s in _found(product, text)] == ["The minister"]


def test_a_surname_like_a_nations_adjective_still_speaks(product: Extractor) -> None:
    text = ("Base cleared.\n\n"
            "Police searched every car leaving the base, French said.")
    assert [s.speaker for s in _found(product, text)] == ["French"]
