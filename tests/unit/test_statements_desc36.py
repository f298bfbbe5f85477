"""Round 36 (desc36): descriptions that stand for a named source (issue 13).

- a post not yet held keeps its modifier ("the firm’s prospective buyer said"), not the noun
  "potential" ending the phrase before it;
- a school's dean is a speaker ("The dean of ... has published a letter disputing C"), and
  "the dean of the Faculty of Law" is no one named "Law";
- "the dean of X" in the lede is the person a later paragraph names "the dean of Y" when Y
  says nothing X does not;
- a headline's bare kind of organisation ("Network says") is the organisation named before.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_potential_post_stays_in_the_phrase() -> None:
    got = _speakers("The company’s prospective buyer then said that the price was fair.")
    assert got and got[0][0] == "The company’s prospective buyer"
    got = _speakers("Her possible successor said that the vote would be close.")
    assert got and got[0][0] == "Her possible successor"


def test_dean_is_a_speaker_and_no_faculty_a_person() -> None:
    got = _speakers("The dean has published a letter disputing claims that the school erred.")
    assert got and got[0][0] == "The dean"
    got = _speakers("The dean of the Faculty of Law said the budget was too small.")
    assert got and got[0][0] == "The dean of the Faculty of Law"


def test_dean_of_a_school_named_paragraphs_later() -> None:
    text = ("The dean of Riverside University's School of Nursing has published a letter "
            "disputing claims by the province that the program was failing its students.\n\n"
            "The school had worked with two hospitals on the program since 2015.\n\n"
            "The province's report was released last week.\n\n"
            "It drew criticism from nurses across the region.\n\n"
            "In her response, Jane Miller, the dean of the nursing school, said on Tuesday "
            "that the report was wrong.")
    got = _speakers(text)
    assert got[0][0] == "Jane Miller"


def test_dean_of_another_body_is_not_named_later() -> None:
    text = ("The dean of Riverside University's School of Nursing has published a letter "
            "disputing claims by the province that the program was failing its students.\n\n"
            "The school had worked with two hospitals on the program since 2015.\n\n"
            "The province's report was released last week.\n\n"
            "It drew criticism from nurses across the region.\n\n"
            "Jane Miller, the dean of the law school, said on Tuesday that the report was "
            "wrong.")
    got = _speakers(text)
    assert got[0][0] != "Jane Miller"


def test_headline_bare_kind_of_organisation_is_the_one_named_before() -> None:
    text = ("Global News cuts jobs;\nNetwork says the cuts are needed to survive.\n\n"
            "The network announced on Monday that 40 jobs would go.")
    got = _speakers(text)
    assert got and got[0][0] == "Global News"


def test_stand_in_with_a_participle_is_the_name_apposed_after_it() -> None:
    got = _speakers("Parents met at the school on Monday. One pastor supporting the mayor, "
                    "Jane Roe of Grace Church in Halifax, said she had made 100 calls.")
    assert [s for s, _c in got] == ["Jane Roe", "Jane Roe"]


def test_indefinite_paper_is_the_paper_the_next_sentence_opens_with() -> None:
    text = ("Newspaper says mayor must resign\n\n"
            "A week after the vote, a Halifax newspaper called on the mayor to resign.\n\n"
            "The Chronicle Herald had criticized the council on Monday for its budget.")
    got = _speakers(text)
    assert [s for s, _c in got] == ["Chronicle Herald"] * 3


def test_person_of_a_body_is_not_the_body_named_next() -> None:
    text = ("A spokesperson with Halifax police said the victim was released.\n\n"
            "The Halifax Regional Police had closed the street on Monday night.")
    got = _speakers(text)
    assert got and got[0][0] == "A spokesperson with Halifax police"


def test_base_form_after_a_possessive_is_a_noun() -> None:
    got = _speakers("Most voters accepted that Smith’s outline for the city was the right "
                    "direction.")
    assert all(speaker != "Smith’s" for speaker, _c in got)
    got = _speakers("Officers from the force's counter terrorism unit were told of the video.")
    assert all(not (speaker or "").endswith("force's") for speaker, _c in got)


def test_opening_as_clause_of_a_stance_is_a_time() -> None:
    got = _speakers('As the mayor attacked the council, the crowd chanted, "Resign now!"')
    assert ("the crowd", "Resign now!") in got
    assert all(content != 'the crowd chanted, "Resign now!"' for _s, content in got)
    # a speech verb's "As X told Y, C" still reports C
    got = _speakers("As one worker told the paper, the plant was unsafe.")
    assert ("one worker", "the plant was unsafe") in got


def test_title_before_a_speaking_name_is_no_verb() -> None:
    assert _speakers("Olympic champion Jane Roe said she was ready.") == [
        ("Jane Roe", "she was ready")]
    # a plural subject's verb stays one
    got = _speakers("Witnesses say John Smith said nothing as he left.")
    assert got and got[0][0] == "Witnesses"


def test_they_of_a_clause_after_and_is_its_plural_subject() -> None:
    got = _speakers("The mayor sets the rules and the fact-checkers are so bold that they "
                    "ridicule the idea that the rules matter.")
    assert got and got[0][0] == "the fact-checkers"
    got = _speakers("So as the mayor sets the rules, the Daily Herald’s angry columnists are "
                    "so bold that they reject the idea that the rules matter.")
    assert got and got[0][0] == "the Daily Herald’s angry columnists"


def test_age_alone_is_the_one_person_just_written_about() -> None:
    text = ("Councillors met on Monday night.\n\n"
            "The mayor's wife Jane Roe brought some calm to the meeting.\n\n"
            "But a row over the budget overshadowed her speech.\n\n"
            "With the room watching, the former teacher defended her husband.\n\n"
            "“He has always been honest,” said the 52-year-old.")
    got = _speakers(text)
    assert got and got[-1][0] == "Jane Roe"


def test_one_lawmaker_is_the_legislator_the_next_sentence_names() -> None:
    text = ("Budget talks\n\n"
            "As the premier faced criticism this week, one lawmaker took a moment at a party "
            "to reassure the premier.\n\n"
            "“That was a good speech,” MPP Jane Roe, a New Democrat from Hamilton, told the "
            "premier as the party ended.")
    got = _speakers(text)
    assert got and got[0][0] == "Jane Roe"
