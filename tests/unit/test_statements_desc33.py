"""Round 33 (desc33): descriptions of PolNeAR train's speakers (issue 13)."""

from __future__ import annotations

from tests.support.statements import extract, one_with

_SPOKESMAN = (
    "Report: Senator met donors.\n\n"
    "WASHINGTON (UPI) — A spokesman for Republican presidential candidate Ted Cruz called a "
    "report on his meetings with donors misleading on Tuesday.\n\n"
    "The report said the senator met twelve donors in June. It listed the dates of each "
    "meeting.\n\n"
    "The report also documented several cases where the senator acted for those donors.\n\n"
    "Cruz spokesman Brian Fallon said the report cherry-picked a few days of the schedule."
)


def test_indefinite_post_named_paragraphs_later() -> None:
    """"A spokesman for X" in the lede is the "X spokesman" a few paragraphs down names."""
    s = one_with(extract(_SPOKESMAN, unit="attribution"), "meetings with donors misleading")
    assert s.speaker == "Brian Fallon"


def test_indefinite_post_of_another_owner_stays_unnamed() -> None:
    """The later spokesman of someone else is not the lede's unnamed one."""
    text = _SPOKESMAN.replace("Cruz spokesman Brian Fallon", "Rubio spokesman Brian Fallon")
    s = one_with(extract(text, unit="attribution"), "meetings with donors misleading")
    assert s.speaker != "Brian Fallon"


def test_anonymous_post_stays_unnamed() -> None:
    """A source set off as anonymous is never the one named later."""
    text = _SPOKESMAN.replace("A spokesman for", "An unnamed spokesman for")
    s = one_with(extract(text, unit="attribution"), "meetings with donors misleading")
    assert s.speaker != "Brian Fallon"


def test_the_newspaper_is_the_advocate_named_before() -> None:
    """"The Advocate" is a paper's name (Baton Rouge, Stamford, Victoria): "the newspaper"
    after it is that paper."""
    text = ("A week after the storm, a Moncton newspaper called on the premier to visit. "
            "The Advocate had chided the premier before.\n\n"
            "The newspaper said the damage was severe and the premier should come.")
    s = one_with(extract(text, unit="attribution"), "the damage was severe")
    assert s.speaker == "Advocate"


def test_described_document_reported_without_when_it_came_out() -> None:
    """An unresolved document is reported as the thing, not when it was published."""
    text = ("The mayor says he never took the course. However, a Halifax Herald article "
            "published Friday found no record of the class.")
    s = one_with(extract(text, unit="attribution"), "no record of the class")
    assert s.speaker is not None and s.speaker.endswith("article")


def test_described_document_reported_without_contact_clause() -> None:
    """"the plan he released": the plan, not what he did with it."""
    text = ("The senator spoke on Monday. The program would cost $2 billion a year, according "
            "to the housing plan he released.")
    s = one_with(extract(text, unit="attribution"), "cost $2 billion")
    assert s.speaker is not None and s.speaker.endswith("plan")


def test_examples_closing_the_sentence_name_a_source_after_its_cue() -> None:
    """"applauded by Bay Street critics, including economist Paul Krugman.": the examples
    the sentence ends with are the named members of the source after the cue."""
    text = ("The plan would raise taxes on fund managers. These proposals have been applauded "
            "by Bay Street critics, including Nobel Prize-winning economist Paul Krugman.")
    s = one_with(extract(text, unit="attribution"), "These proposals")
    assert s.speaker == "Paul Krugman"


def test_examples_of_another_kind_leave_the_source_described() -> None:
    """Examples that name no person leave the source as described."""
    text = ("The plan would raise taxes on fund managers. These proposals have been applauded "
            "by economists, including some at the central bank.")
    s = one_with(extract(text, unit="attribution"), "These proposals")
    assert s.speaker != "Paul Krugman" and s.resolution == "description"


def test_one_opens_a_singular_phrase_with_its_modifier() -> None:
    """"One protest organizer said": the whole phrase, not "organizer"."""
    text = "The march was long. One protest organizer said the council ignored the movement."
    s = one_with(extract(text, unit="attribution"), "the council ignored")
    assert s.mention == "One protest organizer"


def test_headline_stand_in_named_by_its_post_paragraphs_later() -> None:
    """A deck's "One protest organizer says" is the organizer the story introduces later."""
    text = ("Protesters march on city hall;\n"
            "One protest organizer says the council ignored the movement.\n\n"
            "Several hundred demonstrators took to the streets of Halifax on Tuesday.\n\n"
            "They carried signs and chanted as they walked.\n\n"
            "The march ended at city hall.\n\n"
            "But Asa Moore, an organizer with the Halifax Coalition for Justice, said the "
            "demonstrators wanted to send a message to the council.")
    s = one_with(extract(text, unit="attribution"), "the council ignored")
    assert s.speaker == "Asa Moore"


def test_his_words_are_his() -> None:
    """"his words appeared to contradict C": the person "his" stands for."""
    text = ("Appearing more subdued than usual, Mark Carney stuck closely to his message. On "
            "several occasions, his words appeared to contradict his past statements.")
    s = one_with(extract(text, unit="attribution"), "his past statements")
    assert s.speaker == "Mark Carney"


def test_his_tweet_stays_a_document() -> None:
    """A document a person wrote is not among a person's own words."""
    text = ("Mark Carney stuck closely to his message on Monday. On Tuesday, his tweet "
            "appeared to contradict his past statements.")
    s = one_with(extract(text, unit="attribution"), "his past statements")
    assert s.speaker != "Mark Carney"
