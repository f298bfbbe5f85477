"""Round 30 (issue 13): descriptions and titles that stand for a named organisation or
person — an outlet's kind written after its name."""

from __future__ import annotations

from tests.support.statements import extract

_extract = extract


def test_an_outlet_kind_after_its_name_makes_it_that_outlet() -> None:
    text = ("Both families sent soup recipes to Garden Table magazine’s annual Kitchen "
            "Contest last spring. The magazine said the winning recipe had predicted the "
            "election five times.")
    found = [s for s in _extract(text) if "predicted" in s.content]
    assert [s.speaker for s in found] == ["Garden Table"]


def test_the_agency_is_the_statistical_office_named_before() -> None:
    text = ("Tenants from abroad pay more rent than citizens, according to figures released "
            "by the country's Federal Statistical Office on Wednesday. One reason could be "
            "that citizens live in larger flats, the agency pointed out.")
    found = [s for s in _extract(text) if "larger flats" in s.content]
    assert [s.speaker for s in found] == ["Federal Statistical Office"]


def test_an_age_alone_is_the_person_who_spoke_just_before() -> None:
    text = ("“We will rebuild the harbour,” Mayor Dana Whitfield said on Monday. “It will "
            "take two years,” the 58-year-old said.")
    found = [s for s in _extract(text) if "two years" in s.content]
    assert [s.speaker for s in found] == ["Dana Whitfield"]


def test_an_age_written_before_for_someone_else_is_not_the_last_speaker() -> None:
    text = ("“Nobody checked the gun,” Detective Sam Ortiz said. Also in the room was an "
            "older boy, 11. The 11-year-old told police the gun was empty.")
    found = [s for s in _extract(text) if "empty" in s.content]
    assert all(s.speaker != "Sam Ortiz" for s in found)


def test_a_daily_named_so_is_the_paper_later() -> None:
    text = ("Centre-left daily Morgenblatt warned that students would protest. \"If nothing "
            "is done, the anger will grow,\" the paper said.")
    found = [s for s in _extract(text) if "anger" in s.content]
    assert [s.speaker for s in found] == ["Morgenblatt"]


def test_daily_as_an_adverb_of_frequency_names_no_paper() -> None:
    text = ("Aides held daily White House briefings on the storm. \"The roads are closed,\" "
            "the paper said.")
    assert all(s.speaker != "White House" for s in _extract(text))


def test_a_papers_word_after_a_hyphen_names_the_newspaper() -> None:
    text = ("The Standard-Times of Eastport is reporting that the mayor has resigned. He had "
            "served two terms, the newspaper reported.")
    found = [s for s in _extract(text) if "two terms" in s.content]
    assert [s.speaker for s in found] == ["Standard-Times of Eastport"]


def test_a_places_newspaper_is_no_outlet_named_by_the_place() -> None:
    text = ("A week after the floods, a Lake Verona newspaper called on the governor to "
            "visit. The governor stayed away. The newspaper said the damage was severe.")
    assert all(s.speaker != "Lake Verona" for s in _extract(text))


def test_the_holders_of_a_title_of_a_place_are_not_the_place() -> None:
    text = ("The mayors of Lindenfeld and Ostheim have been protesting the new tolls, saying "
            "they are hurting local shops. The two mayors warned that shoppers stay away.")
    assert all(s.speaker not in {"Lindenfeld", "Ostheim"} for s in _extract(text))


def test_ai_is_no_company_the_company_stands_for() -> None:
    text = ("Vextronics responded to the criticism by claiming the deals will build AI "
            "infrastructure at home. “Data centers abroad will be built securely,” the company "
            "said.")
    found = [s for s in _extract(text) if "securely" in s.content]
    assert [s.speaker for s in found] == ["Vextronics"]


def test_a_one_word_name_after_in_is_a_place_not_the_company() -> None:
    text = ("Vextronics is acquiring a new office for its engineers in Shanghai, though the "
            "company said it is not moving any research there.")
    assert [s.speaker for s in _extract(text)] == ["Vextronics"]


def test_an_apposed_kind_before_a_participle_types_the_organisation() -> None:
    text = ("The volunteers were organized by the Blue Lantern, an environmental group founded "
            "by a student in the Lakeview area. The organization says it planted 4,000 trees.")
    found = [s for s in _extract(text) if "trees" in s.content]
    assert [s.speaker for s in found] == ["Blue Lantern"]


def test_a_wire_credit_opening_the_text_is_no_part_of_the_content() -> None:
    text = ("(AP) — A former minister has been shot dead outside a school in the capital, "
            "police have said.")
    found = _extract(text)
    assert [s.speaker for s in found] == ["police"]
    assert not found[0].content.startswith(("AP", "(AP"))


def test_a_bodys_office_by_a_common_noun_is_not_the_person_just_named() -> None:
    text = ("Dana Roe, who taught biology, was arrested on Monday. The driver had seethed "
            "about his pay, said his girlfriend. But the bottling company's president said "
            "there was no record of complaints.")
    found = [s for s in _extract(text) if "no record" in s.content]
    assert [s.speaker for s in found] == ["the bottling company's president"]
