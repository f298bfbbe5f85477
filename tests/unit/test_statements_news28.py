"""Round 28 (news28): rules written from the news develop halves' errors (issue 13) — a quote
typed one sentence a line, and "according to" after a quote's own tag."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.statements.quotes import MAX_RUN_ON_BREAKS, find_quotes
from monitor.statements.resolution import find_author
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str) -> list[Statement]:
    return Extractor(default_registry(), parser="off").extract(text, DAY)


def test_a_quote_typed_one_sentence_a_line_runs_to_its_closing_mark() -> None:
    text = ('LaRue believed no such conversation occurred.\n"I\'m exceedingly angry about it.\n'
            'I don\'t recall any phone call.\nI don\'t think there was one, " he said.\n'
            "If the president had approved the plan, LaRue believes Mitchell would have told "
            "him.")
    [quote] = find_quotes(text)
    assert quote.content(text) == ("I'm exceedingly angry about it.\nI don't recall any phone "
                                   "call.\nI don't think there was one")
    [direct] = [s for s in _extract(text) if s.kind == "direct"]
    assert direct.speaker == "LaRue" and direct.content.endswith("there was one")


@pytest.mark.parametrize("closing", ["”", '"'])
def test_the_run_on_quote_closes_with_a_curly_or_a_straight_mark(closing: str) -> None:
    opening = "“" if closing == "”" else '"'
    text = (f'DeGeneres said on Twitter: {opening}It\'s official: I\'m hosting the Oscars!\n'
            f"I'd like to thank the Academy and my wife Portia.{closing}\nThe show airs in "
            "March.")
    [quote] = find_quotes(text)
    assert quote.closed and quote.content(text).endswith("my wife Portia.")
    [st] = _extract(text)
    assert st.speaker == "DeGeneres" and "thank the Academy" in st.content


@pytest.mark.parametrize("next_line", [
    # the next mark opens a quote: the open one ended with its line, as before
    'Later he added, "We will rebuild," and left.',
    "Later he added, “We will rebuild,” and left.",
])
def test_an_unclosed_quote_before_an_opening_mark_ends_with_its_line(next_line: str) -> None:
    text = f'The mayor spoke first. "The fire destroyed the store.\nNobody was hurt.\n{next_line}'
    first = find_quotes(text)[0]
    assert not first.closed and first.content(text) == "The fire destroyed the store."


def test_a_closing_mark_too_many_lines_on_closes_nothing_open() -> None:
    lines = [f"Line {k} of the report." for k in range(MAX_RUN_ON_BREAKS + 1)]
    text = '"Start of a note.\n' + "\n".join(lines) + ' " he said.'
    first = find_quotes(text)[0]
    assert not first.closed and first.content(text) == "Start of a note."


@pytest.mark.parametrize("tag", ["a spokeswoman said", "said a spokeswoman"])
def test_according_to_after_a_quotes_tag_names_the_report_not_the_speaker(tag: str) -> None:
    text = f"“We can consider ourselves fortunate,” {tag} according to a statement."
    [st] = _extract(text)
    assert (st.kind, st.speaker, st.content) == (
        "direct", "a spokeswoman", "We can consider ourselves fortunate")


def test_a_clause_according_to_a_source_without_a_comma_stays() -> None:
    [st] = _extract("The economy grew by 3% last year according to the ministry.")
    assert (st.speaker, st.content) == ("the ministry", "The economy grew by 3% last year")


@pytest.mark.parametrize(("text", "speaker"), [
    # a place that is also a given name, before the post's head
    ("Troy Police Chief Charles Craft said the gunman fled.", "Charles Craft"),
    ("Santa Monica Police Chief Jacqueline Seabrooks said the gunman fled.",
     "Jacqueline Seabrooks"),
    ("Marion County Sheriff Russ Isham said the area will remain closed.", "Russ Isham"),
    # a clergyman's style is no part of the name
    ("The Rev. Dwight Dumas said the school was grieving.", "Dwight Dumas"),
    ("Reverend Al Wilson said the vigil would go on.", "Al Wilson"),
    # a given name with no post after it stays the name's
    ("Troy Davis said he was innocent.", "Troy Davis"),
])
def test_the_speakers_name_is_the_words_after_the_post(text: str, speaker: str) -> None:
    [st] = _extract(text)
    assert st.speaker == speaker


def test_a_later_mention_by_surname_takes_the_name_without_the_post() -> None:
    text = ("Troy Police Chief Charles Craft said the gunman fled. “I'm not positive all three "
            "were targeted,” Craft said.")
    assert {s.speaker for s in _extract(text)} == {"Charles Craft"}


@pytest.mark.parametrize("text", [
    "Police learned that three other people had been shot at the home.",
    "Nike will raise prices on a wide range of footwear this week, CNBC has learned.",
    "Michael Flynn pleaded guilty on Friday to lying to the FBI.",
    "A fourth defendant pleaded not guilty to being an accessory.",
])
def test_knowledge_gained_or_a_plea_is_no_statement(text: str) -> None:
    assert _extract(text) == []


def test_a_plea_with_people_stays_a_request_with_its_quoted_words() -> None:
    text = ('Police Chief James Craig on Sunday pleaded with witnesses to come forward and '
            'identify the "urban terrorists."')
    [st] = _extract(text)
    assert st.speaker == "James Craig" and "urban terrorists" in st.content


def test_knowledge_gained_is_an_attribution_in_polnears_unit() -> None:
    found = Extractor(default_registry(), parser="off", unit="attribution").extract(
        "Police learned that three other people had been shot at the home.", DAY)
    assert [s.speaker for s in found] == ["Police"]


@pytest.mark.parametrize("text", [
    "Court records indicated he planned to plead guilty.",
    "An autopsy revealed that Jordan died of a morphine overdose.",
    "The preliminary investigation revealed that a fight occurred at a party.",
])
def test_a_finding_revealed_by_documents_is_no_statement(text: str) -> None:
    assert _extract(text) == []


def test_reports_that_suggest_are_an_outlets_words() -> None:
    [st] = _extract("Spanish reports suggested the gunman may have had an accomplice.")
    assert st.speaker == "Spanish reports"


@pytest.mark.parametrize(("last", "author"), [
    ("Gaudiano is a Washington-based reporter for the USA TODAY NETWORK.", "Gaudiano"),
    ("Trump is a former reality television host.", None),  # news about a person, no trade
    ("The move is a reporter's dream.", None),  # a sentence opener, no name
])
def test_a_closing_note_may_name_the_writer_by_surname(last: str, author: str | None) -> None:
    text = f"Headline.\n\nLast month, when I asked Bernie Sanders, he laughed.\n\n{last}"
    assert find_author(text) == author


@pytest.mark.parametrize("text", [
    "Anthony Williams, 21, and Alonzo Ruff, 20, each face 10 felony charges, including "
    "second-degree murder.",
    "LaSalle is in custody, pending formal charges that are expected Friday.",
    "The man now faces 60 new charges The offences dated from as far back as 2005.",
])
def test_charges_after_a_modifier_is_the_noun(text: str) -> None:
    assert _extract(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Lopez fired from the rooftop on his brother's orders, prosecutors charge.", "prosecutors"),
    ("The lawsuit charges that the company ignored the warnings.", "The lawsuit"),
])
def test_charges_after_its_subject_is_the_verb(text: str, speaker: str) -> None:
    assert [s.speaker for s in _extract(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The U.S. Court of Appeals for the Ninth Circuit said the ban was unlawful.",
     "U.S. Court of Appeals for the Ninth Circuit"),
    ("The National Institute of Allergy and Infectious Diseases said the virus spread.",
     "National Institute of Allergy and Infectious Diseases"),
    ("The Committee to Protect Journalists said the arrest was unjust.",
     "Committee to Protect Journalists"),
    ("The Georgia Bureau of Investigation said the suspect fled.",
     "Georgia Bureau of Investigation"),
    # a person of a body is still cut before "of"
    ("Joel Pollak of Breitbart California said the poll was wrong.", "Joel Pollak"),
])
def test_a_bodys_name_goes_on_over_of_for_and_to(text: str, speaker: str) -> None:
    [st] = _extract(text)
    assert st.speaker == speaker


def test_a_described_body_is_not_cut_to_its_adjective() -> None:
    [st] = _extract("The Italian government of Premier Giorgia Meloni said its vice consul "
                    "was among those who came under fire.")
    assert st.speaker != "Italian"


def test_windows_1252_punctuation_reads_as_the_marks_it_stands_for() -> None:
    text = ("\x93I don\x92t think he wants his place to be the scene of a homicide,\x94 Davis "
            "said. Police said they aren\x92t aware of a motive.")
    found = _extract(text)
    assert [(s.kind, s.speaker) for s in found] == [("direct", "Davis"), ("indirect", "Police")]
    direct, indirect = found
    assert direct.content == ("I don’t think he wants his place to be the scene of a "
                              "homicide")
    assert indirect.content == "they aren’t aware of a motive"
    for s in found:  # one character for one: the offsets still point at the words
        assert text[s.start : s.end].replace("\x92", "’") == s.content


@pytest.mark.parametrize("text", [
    "If you have any information, you're asked to call Erie police at 870-1120.",
    "We're told the victim was taken to the hospital in critical condition.",
    "It's believed the victims ran inside the restaurant for help.",
])
def test_a_passive_with_be_written_onto_its_subject_is_no_ones_statement(text: str) -> None:
    assert _extract(text) == []


def test_a_pronoun_with_has_written_onto_it_still_speaks() -> None:
    found = _extract("Police arrived. “We’ve confirmed that three were deceased,” the chief "
                     "said. He's said the suspect fled.")
    assert [(s.kind, s.cue) for s in found] == [("direct", "said"), ("indirect", "said")]
    assert found[1].content == "the suspect fled"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Chinese tech giant said sales fell.", "The Chinese tech giant"),
    ("A law enforcement source said the suspect had been hospitalized.",
     "A law enforcement source"),
    ("The British high street giant said the attack had led to disruption.",
     "The British high street giant"),
])
def test_a_descriptions_modifiers_stay_with_their_head(text: str, speaker: str) -> None:
    [st] = _extract(text)
    assert st.speaker == speaker


def test_a_relative_clause_ends_a_descriptions_modifiers() -> None:
    found = _extract("The man who police said fired the shots was arrested.")
    assert [s.speaker for s in found] == ["police"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("It drew the ire of Justice Antonin Scalia who said he was whipsawed by the claims.",
     "Antonin Scalia"),
    ("Police received a call from a resident who reported hearing eight gunshots.",
     "a resident"),
    ("A couple who said they know the family claimed Jessie often complained.", "A couple"),
])
def test_a_restrictive_who_stands_for_the_name_or_description_before_it(
        text: str, speaker: str) -> None:
    assert _extract(text)[0].speaker == speaker


@pytest.mark.parametrize("intro", [
    "Below is a statement by Francesca Grifo, director of the program:",
    "Here is the full statement from Francesca Grifo:",
])
def test_a_sentence_introducing_someones_words_gives_the_quote_after_it(intro: str) -> None:
    text = (f"The group sent letters to the departments.\n{intro}\n"
            "\"Several changes have undermined the scientific foundation of the act.\"")
    [st] = _extract(text)
    assert (st.kind, st.speaker) == ("direct", "Francesca Grifo")
