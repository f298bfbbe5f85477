"""Speaker resolution (monitor/statements/resolution.py): who a speaker phrase means."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.statements.resolution import first_name_gender, resolution_kind, surname
from monitor.types import Statement

DAY = date(2025, 3, 8)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_full_name_then_surname(extractor: Extractor) -> None:
    text = ("Luther Stan Pate IV runs a small company in Alabama. "
            "Pate said the skywriting cost him about $8,000.")
    s = _one(extractor.extract(text, DAY), "skywriting")
    assert (s.speaker, s.mention, s.resolution) == ("Luther Stan Pate IV", "Pate", "alias")


def test_short_form_takes_the_fuller_later_form(extractor: Extractor) -> None:
    text = ("Pate said the plane was booked for a week. "
            "Luther Pate, a businessman from Alabama, paid for it himself.")
    s = _one(extractor.extract(text, DAY), "plane was booked")
    assert s.speaker == "Luther Pate"


def test_pronoun_takes_the_person_of_that_gender(extractor: Extractor) -> None:
    text = ("Hillary Clinton met Jeb Bush in Iowa on Monday. "
            "She said the field would narrow after New Hampshire.")
    s = _one(extractor.extract(text, DAY), "field would narrow")
    assert (s.speaker, s.mention, s.resolution) == ("Hillary Clinton", "She", "pronoun")


def test_pronoun_prefers_the_last_speaker_to_a_mention(extractor: Extractor) -> None:
    text = ("Mark Green said the budget was too small. The plan was drafted for John Smith. "
            "He said the vote would come in May.")
    s = _one(extractor.extract(text, DAY), "vote would come")
    assert s.speaker == "Mark Green"


def test_pronoun_skips_an_old_speaker_for_a_recent_subject(extractor: Extractor) -> None:
    text = ("Mark Green said the budget was too small. The committee met twice. "
            "The budget went to the floor. Nothing changed. John Smith ran the meeting. "
            "He said the vote would come in May.")
    s = _one(extractor.extract(text, DAY), "vote would come")
    assert s.speaker == "John Smith"


def test_organisation_is_not_he(extractor: Extractor) -> None:
    text = ("The New York Times reported the deal on Friday. "
            "He said the talks were over.")
    s = _one(extractor.extract(text, DAY), "talks were over")
    assert s.speaker != "New York Times"
    assert s.resolution == "pronoun"


def test_they_for_two_named_people(extractor: Extractor) -> None:
    text = ("Mike Pence and Paul Ryan met donors in Ohio. "
            "They said the party would unite behind the nominee.")
    s = _one(extractor.extract(text, DAY), "party would unite")
    assert s.speaker == "Mike Pence and Paul Ryan"


def test_described_source_when_no_one_is_named(extractor: Extractor) -> None:
    text = "A spokesperson for the ministry said the talks would resume next week."
    s = _one(extractor.extract(text, DAY), "talks would resume")
    assert s.speaker == "A spokesperson for the ministry"
    assert s.resolution == "description"


def test_title_refers_to_the_named_person(extractor: Extractor) -> None:
    text = ("Sen. Mitch McConnell spoke to reporters on Tuesday. "
            "The Kentucky Republican said the Senate would not take up the bill.")
    s = _one(extractor.extract(text, DAY), "Senate would not take up")
    assert s.speaker == "Mitch McConnell"
    assert s.resolution == "title"


def test_name_before_of_is_the_speaker(extractor: Extractor) -> None:
    text = "Joel Pollak of Breitbart California said the campaign was over."
    s = _one(extractor.extract(text, DAY), "campaign was over")
    assert s.speaker == "Joel Pollak"


def test_apposed_full_name_is_the_speaker(extractor: Extractor) -> None:
    text = ("The head of the group backing Jeb Bush, Mike Murphy, said the ads "
            "would run in March.")
    s = _one(extractor.extract(text, DAY), "ads would run")
    assert s.speaker == "Mike Murphy"


def test_time_word_is_not_the_speaker(extractor: Extractor) -> None:
    text = ("Hours later, Donald Trump tweeted that the debate was rigged "
            "against him.")
    s = _one(extractor.extract(text, DAY), "debate was rigged")
    assert s.speaker == "Donald Trump"


def test_tracked_official_by_name_and_title(extractor: Extractor) -> None:
    text = ("Kremlin spokesman Dmitry Peskov spoke on Monday. "
            "“We are ready for talks,” Peskov told reporters.")
    s = _one(extractor.extract(text, DAY), "ready for talks")
    assert (s.speaker, s.official) == ("Dmitry Peskov", "peskov")


def test_previous_speaker_for_an_unattributed_quote_paragraph(extractor: Extractor) -> None:
    text = ("“We are ready for talks,” Peskov told reporters.\n\n"
            "“The ball is in their court now.”")
    s = _one(extractor.extract(text, DAY), "ball is in their court")
    assert (s.speaker, s.resolution) == ("Dmitry Peskov", "previous-speaker")


def test_helpers() -> None:
    assert surname("Luther Stan Pate IV") == "pate"
    assert first_name_gender("Hillary Clinton") == "f"
    assert first_name_gender("Ted Cruz") == "m"
    assert resolution_kind("he", None, "pronoun", False) == "pronoun"
    assert resolution_kind("officials", None, "left", False) == "description"


def test_the_newspaper_is_the_outlet_named_before(extractor: Extractor) -> None:
    text = ("The New York Daily News ran a front page on Thursday about the shooting.\n\n"
            "The newspaper said the senators had offered nothing but prayers.")
    (s,) = [s for s in extractor.extract(text) if "prayers" in s.content]
    assert s.speaker == "New York Daily News"


def test_the_judge_named_later_in_the_article(extractor: Extractor) -> None:
    text = ("The judge said the sentence would be five years of probation.\n\n"
            "Judge Richard Berman took a short recess before he read it.")
    (s,) = [s for s in extractor.extract(text) if "probation" in s.content]
    assert s.speaker == "Richard Berman"
