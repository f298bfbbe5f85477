"""Speaker resolution, round 4 (issue 13): rules of general English news writing."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2018, 6, 12)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_capitalised_may_after_a_name_is_a_surname(extractor: Extractor) -> None:
    text = ("Prime Minister Theresa May said on Tuesday that the deal was done.\n\n"
            "Mrs. May told reporters that she would stay on.")
    s = _one(extractor.extract(text, None), "deal was done")
    assert (s.speaker, s.mention) == ("Theresa May", "Prime Minister Theresa May")
    s = _one(extractor.extract(text, None), "would stay on")
    assert s.mention == "Mrs. May"


def test_month_and_modal_may_are_still_skipped(extractor: Extractor) -> None:
    text = ("In May, Justin Trudeau said the pipeline would be built.\n\n"
            "The premier may say that the plan works.")
    found = extractor.extract(text, None)
    assert _one(found, "pipeline would be built").speaker == "Justin Trudeau"
    assert "May" not in (_one(found, "plan works").speaker or "")


def test_a_written_name_beats_the_registry_holder_of_the_title(extractor: Extractor) -> None:
    text = ("Chinese foreign ministry spokesman Lu Kang said China opposed the move.\n\n"
            "Foreign Ministry spokeswoman Hua Chunying said the talks had been useful.")
    for day in (None, DAY):
        found = extractor.extract(text, day)
        s = _one(found, "opposed the move")
        assert (s.speaker, s.official) == ("Lu Kang", None)
        s = _one(found, "talks had been useful")
        assert (s.speaker, s.official) == ("Hua Chunying", None)


def test_a_bare_title_still_finds_the_registry_holder(extractor: Extractor) -> None:
    text = "The Kremlin spokesman said the talks had been useful."
    s = _one(extractor.extract(text, DAY), "talks had been useful")
    assert (s.speaker, s.official, s.resolution) == ("Dmitry Peskov", "peskov", "title")


def test_a_qualified_title_goes_to_the_holder_it_agrees_with(extractor: Extractor) -> None:
    text = ("Sen. John McCain criticised the plan on Monday.\n\n"
            "Democratic presidential candidate Bernie Sanders, speaking in Vermont, did not "
            "respond.\n\n"
            "Instead, the Vermont senator said he would stick to his message.")
    s = _one(extractor.extract(text, DAY), "stick to his message")
    assert s.speaker == "Bernie Sanders"


def test_a_state_qualifier_picks_the_governor_of_that_state(extractor: Extractor) -> None:
    text = ("Florida Gov. Rick Scott and Ohio Gov. John Kasich met in Washington on Monday.\n\n"
            "The Florida governor said the storm had cost the state billions.\n\n"
            "The Ohio governor said the talks had been useful.")
    found = extractor.extract(text, DAY)
    assert _one(found, "storm had cost").speaker == "Rick Scott"
    assert _one(found, "talks had been useful").speaker == "John Kasich"


def test_a_title_given_in_apposition_is_found_later(extractor: Extractor) -> None:
    text = ("Catherine McKenna, the environment minister, visited the plant on Friday.\n\n"
            "Bill Morneau spoke about the budget.\n\n"
            "The environment minister said the carbon price would rise next year.")
    s = _one(extractor.extract(text, DAY), "carbon price would rise")
    assert s.speaker == "Catherine McKenna"


def test_a_party_before_a_name_is_no_part_of_it(extractor: Extractor) -> None:
    text = "Democrat Bernie Sanders said the primary was far from over."
    s = _one(extractor.extract(text, DAY), "far from over")
    assert s.speaker == "Bernie Sanders"


def test_the_candidates_are_the_people_just_listed(extractor: Extractor) -> None:
    text = ("The editorial mocked Andrew Scheer, Jagmeet Singh and Elizabeth May for their "
            "estimates.\n\n"
            "The candidates said the figures came from the government's own budget.")
    s = _one(extractor.extract(text, DAY), "figures came from")
    assert s.speaker is not None
    assert {"Andrew Scheer", "Jagmeet Singh", "Elizabeth May"} <= set(s.speaker.split(" and "))


def test_a_group_size_must_fit(extractor: Extractor) -> None:
    text = ("The editorial mocked Andrew Scheer, Jagmeet Singh and Elizabeth May for their "
            "estimates.\n\n"
            "The two candidates said the figures came from the government's own budget.")
    s = _one(extractor.extract(text, DAY), "figures came from")
    assert s.speaker == "The two candidates"


def test_a_modifier_title_word_makes_no_one_word_person(extractor: Extractor) -> None:
    text = ("Special Operations forces fill the gap.\n\n"
            "The president has repeatedly said that he opposes sending troops abroad.")
    s = _one(extractor.extract(text, DAY), "opposes sending troops")
    assert s.speaker != "Operations"


def test_a_definite_title_cut_after_its_adjective(extractor: Extractor) -> None:
    text = ("Donald Trump spoke in Ohio on Monday.\n\n"
            "\"We have to really increase the bombings,\" the presumptive Republican "
            "presidential nominee told Fox and Friends.")
    s = _one(extractor.extract(text, DAY), "increase the bombings")
    assert s.speaker == "Donald Trump"


def test_a_title_case_headline_is_no_person(extractor: Extractor) -> None:
    text = ("Clinton Acceptance Speech Skewered By Carly Fiorina.\n\n"
            "The Democratic nominee said the country was stronger together.")
    s = _one(extractor.extract(text, DAY), "stronger together")
    assert "Skewered" not in (s.speaker or "")


def test_the_person_after_an_outlet_in_one_run(extractor: Extractor) -> None:
    text = ("At the convention, Fox News Sean Hannity asked about the path ahead.\n\n"
            "Hannity said the convention would be open.")
    found = extractor.extract(text, DAY)
    assert _one(found, "convention would be open").speaker == "Sean Hannity"


def test_the_subject_after_an_introductory_phrase(extractor: Extractor) -> None:
    text = ("At a rally in Beaumont on Saturday, Donald Trump met Jeb Bush backstage.\n\n"
            "\"You'd have to be insane,\" he said.")
    s = _one(extractor.extract(text, DAY), "have to be insane")
    assert s.speaker == "Donald Trump"


def test_a_region_after_a_town_is_not_the_speaker(extractor: Extractor) -> None:
    text = ("Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters "
            "union, said he already received overtime pay.")
    s = _one(extractor.extract(text, DAY), "overtime pay")
    assert s.speaker == "Paul Porter"


def test_an_outlet_is_never_he(extractor: Extractor) -> None:
    text = ("Joey Salceda said the bill was filed on Monday, according to the Philippine Star.\n\n"
            "At a rally in Portland on Thursday, Rick Scott listed the countries.\n\n"
            "\"We're letting people come in from terrorist nations,\" he said.")
    s = _one(extractor.extract(text, DAY), "terrorist nations")
    assert s.speaker == "Rick Scott"


def test_a_name_modifying_a_noun_is_not_the_subject(extractor: Extractor) -> None:
    text = ("Rick Scott spoke in Iowa on Sunday.\n\n"
            "Rick Santorum told reporters the race was far from over.\n\n"
            "The caucuses are on Monday.\n\n"
            "The Scott campaign picked up the story on Monday.\n\n"
            "\"Is this what we accept now?\" he said.")
    s = _one(extractor.extract(text, DAY), "what we accept now")
    assert s.speaker == "Rick Santorum"


def test_a_party_noun_before_an_unknown_first_name(extractor: Extractor) -> None:
    text = ("Democrat Zephyr Teachout decided to go after the donor.\n\n"
            "In a video, she criticised the donor and challenged him to a debate.")
    found = extractor.extract(text, DAY)
    assert all("Democrat" not in (s.speaker or "") for s in found)


def test_a_party_tag_gives_the_state(extractor: Extractor) -> None:
    text = ("Sen. Bernie Sanders (I-Vt.) met Sen. Marco Rubio (R-Fla.) on Monday.\n\n"
            "The vote is on Friday.\n\n"
            "The Florida senator said the bill would pass.")
    s = _one(extractor.extract(text, DAY), "bill would pass")
    assert s.speaker == "Marco Rubio"
