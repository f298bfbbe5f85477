"""Speakers, round 18 (issue 13, nineteenth session). Each test failed before its rule; the
texts are written for the tests in the style of the wire copy the monitor reads (Ukraine peace
talks, 2025) and of the PolNeAR train errors (never dev or a check half)."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2025, 11, 25)


def _said(extractor: Extractor, text: str, needle: str, day: date = DAY) -> Statement:
    """The one statement of ``text`` whose content holds ``needle``."""
    return _one(list(extractor.extract(text, day)), needle)


# --- "the top U.S. diplomat": the secretary of state -----------------------------------------

def test_the_top_us_diplomat_is_the_secretary_of_state_the_article_titled(
        extractor: Extractor) -> None:
    s = _said(extractor, "Secretary of State John Kerry arrived in Geneva on Monday. Russian "
              "Foreign Minister Sergei Lavrov arrived later. The top U.S. diplomat said talks "
              "would be hard.", "talks would be hard", date(2016, 3, 1))
    assert s.speaker == "John Kerry"
    assert s.resolution == "title"


def test_a_speaker_of_another_nation_is_not_the_top_us_diplomat(extractor: Extractor) -> None:
    text = ("U.S. Secretary of State Marco Rubio met Ukrainian officials in Geneva on Sunday. "
            "Andriy Yermak, who heads the Ukrainian delegation, said the talks had been "
            "productive. The top U.S. diplomat said \"tremendous progress\" had been made, but "
            "he cautioned that work remained.")
    assert _said(extractor, text, "tremendous progress").speaker == "Marco Rubio"
    assert _said(extractor, text, "work remained").speaker == "Marco Rubio"


# --- a title through another official's name, in each spelling of it --------------------------

def test_an_owners_title_reads_every_spelling_of_the_owners_name() -> None:
    registry = default_registry()
    day = date(2025, 11, 1)
    assert [o.id for o in registry.by_title("Zelenskiy's chief of staff", day)] == ["yermak"]
    assert [o.id for o in registry.by_title("Zelensky's chief of staff", day)] == ["yermak"]
    assert registry.by_title("Zelenskiy's chief of staff", date(2025, 12, 5)) == []


def test_the_chief_of_staff_of_a_differently_spelled_president_is_tracked(
        extractor: Extractor) -> None:
    s = _said(extractor, "Rubio said the plan was a living document. Zelenskiy's chief of staff "
              "said Ukraine would not yield.", "would not yield")
    assert s.speaker == "Andriy Yermak"


# --- someone's staff speak on as themselves ----------------------------------------------------

@pytest.mark.parametrize(("text", "described"), [
    ("Zelenskiy met Macron in Paris. Zelenskiy's spokesman said Ukraine would not yield, but he "
     "said Kyiv was ready to talk.", "Zelenskiy's spokesman"),
    ("Putin met Witkoff for five hours. Putin's economic envoy said the talks were useful, and "
     "he added that Kyiv was ready to talk.", "Putin's economic envoy"),
    ("A spokesman for Zelenskiy said the president would travel to Washington. He said Kyiv was "
     "ready to talk.", "A spokesman for Zelenskiy"),
])
def test_he_after_someones_unnamed_staffer_is_the_staffer_not_the_principal(
        extractor: Extractor, text: str, described: str) -> None:
    s = _said(extractor, text, "Kyiv was ready to talk")
    assert s.speaker == described
    assert s.mention.lower() == "he"


# --- a title's holder who spoke, not the one asked about ---------------------------------------

def test_the_president_asked_about_another_president_is_the_one_speaking(
        extractor: Extractor) -> None:
    s = _said(extractor, "\"I think we are close,\" Trump told reporters. Asked if he would meet "
              "Putin, the president said: \"At the right time.\"", "right time")
    assert s.speaker == "Donald Trump"


# --- "said she would": the speaker's own gender --------------------------------------------------

def test_a_title_no_one_holds_goes_to_the_salient_person_of_the_contents_gender(
        extractor: Extractor) -> None:
    s = _said(extractor, "Hillary Clinton campaigned in Iowa. Bernie Sanders was in New "
              "Hampshire. The former secretary of state said she would fight for working "
              "families.", "working families", date(2016, 1, 20))
    assert s.speaker == "Hillary Clinton"


def test_the_contents_pronoun_after_another_verb_gives_no_gender(extractor: Extractor) -> None:
    found = extractor.extract("Hillary Clinton campaigned in Iowa. Bernie Sanders was in New "
                              "Hampshire. The Vermont senator said she said too much.",
                              date(2016, 1, 20))
    s = next(s for s in found if s.mention == "The Vermont senator")
    assert s.speaker != "Hillary Clinton"


# --- a press service speaks for its principal, as itself -----------------------------------------

@pytest.mark.parametrize("text", [
    "According to the press service of the Ukrainian president, Zelensky and Macron discussed "
    "the plan.",
    "The press service of the Ukrainian president said Zelensky and Macron discussed the plan.",
])
def test_the_press_service_of_a_president_is_not_the_president(
        extractor: Extractor, text: str) -> None:
    s = _said(extractor, text, "discussed the plan", date(2025, 11, 28))
    assert (s.speaker or "").lower() == "the press service of the ukrainian president"
    assert s.official is None


# --- "C, X told his counterparts in Brussels on Sunday": the listener is no content -------------

@pytest.mark.parametrize("text", [
    "The United States will not send troops to Ukraine, Pete Hegseth told his European "
    "counterparts in Brussels on Sunday.",
    "The United States will not send troops to Ukraine, Pete Hegseth told his European "
    "counterparts in Brussels on Sunday, leaving the bulk of the security guarantees to Europe.",
    "The United States will not send troops to Ukraine, the defence secretary told the meeting "
    "of NATO defence ministers; the force on the ground would be European.",
])
def test_a_long_listener_of_told_is_not_what_was_said(extractor: Extractor, text: str) -> None:
    found = list(extractor.extract(text, DAY))
    told = [s for s in found if s.cue == "told"]
    assert len(told) == 1
    assert told[0].content == "The United States will not send troops to Ukraine"
    assert all(s.cue != "guarantees" for s in found)  # "the security guarantees": a noun


def test_a_participles_object_is_no_speaker(extractor: Extractor) -> None:
    found = list(extractor.extract("Hegseth said the U.S. would not send troops, leaving the "
                                   "bulk of the security guarantees to Europe.", DAY))
    assert [s.speaker for s in found] == ["Pete Hegseth"]


# --- "Leaders of the Nordic and Baltic countries ... and said": one subject ----------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("RIGA — Leaders of the Nordic and Baltic countries on Sunday backed Zelensky’s offer of a "
     "ceasefire, and said they were ready to send observers.",
     "Leaders of the Nordic and Baltic countries"),
    ("The leaders of France and Germany on Sunday backed the plan and said they were ready to "
     "send observers.", "The leaders of France and Germany"),
])
def test_the_places_a_subjects_of_lists_stay_in_the_subject(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert _said(extractor, text, "ready to send observers").speaker == speaker


def test_a_person_after_and_is_not_inside_the_of_list(extractor: Extractor) -> None:
    s = _said(extractor, "Members of Congress and Trump met on Monday and said they were ready "
              "to deal.", "ready to deal")
    assert s.speaker != "Donald Trump"


# --- "<people> meeting ... in <place> said": the people, not the place --------------------------

@pytest.mark.parametrize(("text", "speaker"), [
    ("European leaders meeting on the sidelines of the G20 summit in Johannesburg said the "
     "draft needed \"additional work.\"", "European leaders"),
    ("Diplomats at the summit in Johannesburg said the draft needed work.", "Diplomats"),
    ("Officials attending the talks in Geneva said the draft needed work.", "Officials"),
])
def test_a_place_ending_the_subjects_modifier_does_not_speak(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert _said(extractor, text, "needed").speaker == speaker


# --- "Asked ..., the president said": not someone the question names -----------------------------

def test_the_answerer_after_asked_is_not_named_in_the_question(extractor: Extractor) -> None:
    s = _said(extractor, "Trump, speaking to reporters at the White House on Saturday, said the "
              "plan was not his \"final offer.\" Asked what would happen if Zelenskiy rejected "
              "it, the president said: \"Then he can continue to fight.\"", "continue to fight")
    assert s.speaker == "Donald Trump"


# --- "she" after an unnamed source of no gender ------------------------------------------------

def test_she_after_an_unnamed_source_of_no_gender_is_the_woman_before(
        extractor: Extractor) -> None:
    s = _said(extractor, "Maha Saleh, 34, brought her son to the clinic in March. A hospital "
              "official told reporters the children still needed care. She said her son did "
              "not receive the treatment he deserved.", "treatment he deserved")
    assert s.speaker == "Maha Saleh"


@pytest.mark.parametrize(("text", "speaker"), [
    ("U.S. and Ukrainian officials said on Sunday they had made progress.",
     "U.S. and Ukrainian officials"),
    ("Russian and Chinese leaders said the West was to blame.", "Russian and Chinese leaders"),
])
def test_two_nations_people_are_one_speaker(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert [s.speaker for s in extractor.extract(text, DAY)] == [speaker]


# --- page furniture: a link's headline is no statement of this article -----------------------

def test_read_more_and_watch_lines_give_no_statements(extractor: Extractor) -> None:
    text = ("Ukrainian President Volodymyr Zelensky said on Friday his country was facing a "
            "very difficult choice.\n\nRead more: Trump says Ukraine must accept plan by "
            "Thursday\n\nWatch: Peskov speaks to reporters (video, 2:31)\n\nRelated: Kremlin "
            "says it has not received plan")
    assert [s.speaker for s in extractor.extract(text, DAY)] == ["Volodymyr Zelenskyy"]


def test_a_label_word_inside_a_sentence_is_no_furniture(extractor: Extractor) -> None:
    found = extractor.extract("Watch the talks closely, Rubio said.", DAY)
    assert [s.speaker for s in found] == ["Marco Rubio"]


# --- a transcript's line runs to its paragraph's end ------------------------------------------

def test_a_transcript_line_is_the_whole_paragraph_verbatim(extractor: Extractor) -> None:
    text = ("Foreign Minister Sergey Lavrov's answers to media questions, December 3, 2025\n\n"
            "Question: How do you assess the American proposals?\n\n"
            "Sergey Lavrov: We have received the proposals through the established channels. "
            "We are studying them carefully. I would not like to comment on the details.")
    found = [s for s in extractor.extract(text, DAY) if s.speaker == "Sergei Lavrov"]
    assert len(found) == 1
    assert found[0].kind == "direct"
    assert found[0].content.endswith("I would not like to comment on the details.")


def test_a_headline_with_a_speakers_label_stays_one_line(extractor: Extractor) -> None:
    text = "Peskov: No date yet for a Putin-Trump summit\n\nThe Kremlin said on Monday it waits."
    s = _said(extractor, text, "No date yet")
    assert s.kind != "direct" and s.content == "No date yet for a Putin-Trump summit"


# --- live blogs and lists of key quotes -------------------------------------------------------

@pytest.mark.parametrize(("line", "speaker", "content"), [
    ("12:30 GMT — Zelenskyy: \"We are ready to work\"", "Volodymyr Zelenskyy",
     "We are ready to work"),
    ("• Yermak: \"very good progress\"", "Andriy Yermak", "very good progress"),
    ("- \"We will not accept ultimatums\" — Peskov", "Dmitry Peskov",
     "We will not accept ultimatums"),
])
def test_a_live_blogs_labelled_or_credited_quote_is_a_statement(
        extractor: Extractor, line: str, speaker: str, content: str) -> None:
    text = f"Live updates: Ukraine peace talks\n\n{line}\n\nThe talks went on."
    s = _said(extractor, text, content)
    assert (s.speaker, s.kind) == (speaker, "direct")


def test_a_dash_before_a_clause_is_no_credit(extractor: Extractor) -> None:
    text = "Live updates\n\n- \"We will not accept ultimatums\" — and Moscow means it."
    assert not [s for s in extractor.extract(text, DAY) if s.cue == "—"]


def test_an_embassy_in_a_capital_is_the_embassy(extractor: Extractor) -> None:
    s = _said(extractor, "The Russian embassy in Washington said in a Telegram post that the "
              "sanctions were \"illegal.\"", "illegal")
    assert s.speaker == "The Russian embassy in Washington"


# --- a registry title's other spellings ---------------------------------------------------------

def test_title_variants_read_hyphens_as_spaces_and_a_possessive_owner() -> None:
    from monitor.statements.officials import title_variants
    assert title_variants("NATO Secretary-General") == (
        "NATO Secretary General", "NATO's Secretary-General", "NATO's Secretary General")
    assert title_variants("Kremlin spokesman") == ("Kremlin's spokesman",)
    assert title_variants("Russia's President") == ()
    assert title_variants("President of Russia") == ()


def test_natos_secretary_general_with_a_hyphen_is_rutte(extractor: Extractor) -> None:
    s = _said(extractor, "NATO's secretary-general said allies would keep supporting Kyiv.",
              "keep supporting")
    assert s.speaker == "Mark Rutte"


def test_the_agency_after_a_security_service_is_that_service(extractor: Extractor) -> None:
    s = _said(extractor, "Russia's Federal Security Service (FSB) said it had thwarted a plot. "
              "The agency said the suspects were Ukrainian.", "suspects were")
    assert s.speaker == "Federal Security Service"


# --- companies and agencies ------------------------------------------------------------------

def test_the_company_is_the_one_that_spoke_since(extractor: Extractor) -> None:
    s = _said(extractor, "Rosneft and Lukoil were hit with U.S. sanctions on Wednesday. Lukoil "
              "said it would sell its foreign assets. The company said talks with buyers had "
              "begun.", "talks with buyers")
    assert s.speaker == "Lukoil"


def test_the_agency_after_a_rating_agency_is_that_agency(extractor: Extractor) -> None:
    s = _said(extractor, "Moody's Ratings downgraded Ukraine's credit rating on Friday. The "
              "agency said the war had increased fiscal risks.", "fiscal risks")
    assert s.speaker == "Moody's"


def test_chief_executive_is_a_title_before_the_name(extractor: Extractor) -> None:
    s = _said(extractor, "Shell said it had no plans to return to Russia. Chief Executive Wael "
              "Sawan said the company had written off its Russian assets.", "written off")
    assert s.speaker == "Wael Sawan"


# --- "said A and B <verb>": a coordinated subject, not two clauses ----------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("Zelenskiy said Trump and Putin had agreed to meet.", "Trump and Putin had agreed to meet"),
    ("Police said the suspect and the victim argued often.",
     "the suspect and the victim argued often"),
    ("Police said the man and his wife told officers they heard shots.",
     "the man and his wife told officers they heard shots"),
])
def test_a_coordinated_subject_keeps_the_reported_clause_whole(
        extractor: Extractor, text: str, content: str) -> None:
    said = [s for s in extractor.extract(text, DAY) if s.cue == "said"]
    assert [s.content for s in said] == [content]


def test_a_stances_object_and_a_new_clause_stay_apart(extractor: Extractor) -> None:
    found = Extractor(default_registry(), unit="attribution").extract(
        "In the poll, 23 percent favored Cruz and 15 percent backed Rubio.", DAY)
    assert any(s.content == "Cruz" for s in found)


def test_a_temperatures_unit_ends_its_sentence(extractor: Extractor) -> None:
    found = extractor.extract("The agency said temperatures could reach 35 C. Forecaster Jean "
                              "Begin said the heat would last until Thursday.", DAY)
    assert [s.content for s in found][-1] == "the heat would last until Thursday"
    assert "Forecaster" not in (found[0].content or "")


def test_an_athletes_position_is_the_player_who_spoke(extractor: Extractor) -> None:
    s = _said(extractor, "Auston Matthews, who scored both goals, said the team had to be "
              "better. \"It's frustrating,\" the centre said.", "frustrating")
    assert s.speaker == "Auston Matthews"


def test_the_agency_is_the_unknown_body_that_just_spoke(extractor: Extractor) -> None:
    s = _said(extractor, "Statistics Canada said the unemployment rate fell to 5.5 per cent in "
              "May. The agency said 27,700 jobs were added.", "jobs were added")
    assert s.speaker == "Statistics Canada"


def test_there_after_a_time_opens_the_reported_clause(extractor: Extractor) -> None:
    s = _said(extractor, "Secretary of State Marco Rubio said on Monday there was \"no deal "
              "yet.\"", "no deal")
    assert (s.kind, s.content) == ("mixed", "there was \"no deal yet.\"")


# --- unnamed sources of two nations, and people familiar with the matter ------------------------

def test_the_us_official_again_is_the_us_one_not_the_latest(extractor: Extractor) -> None:
    s = _said(extractor, "A senior U.S. official said the plan had 28 points. A Ukrainian "
              "official said Kyiv had not agreed to several of them. The U.S. official added "
              "that Washington was flexible.", "Washington was flexible")
    assert s.speaker == "A senior U.S. official"


def test_they_after_people_familiar_with_the_matter_are_those_people(
        extractor: Extractor) -> None:
    s = _said(extractor, "People familiar with the matter said Witkoff had drafted the plan. "
              "They said Rubio was not involved at first.", "not involved")
    assert s.speaker == "People familiar with the matter"


def test_the_other_of_two_sources_speaks(extractor: Extractor) -> None:
    s = _said(extractor, "Two European diplomats said the plan was a wish list. One of them said "
              "it read like a Russian document. The other said Europe would present a "
              "counter-proposal.", "counter-proposal")
    assert s.speaker == "The other"


def test_a_document_seen_by_an_outlet_is_the_document(extractor: Extractor) -> None:
    s = _said(extractor, "The plan calls for Ukraine to cede the Donbas region, according to a "
              "copy seen by Reuters.", "cede the Donbas")
    assert (s.speaker, s.mention) == ("a copy seen by Reuters", "a copy seen by Reuters")


def test_a_qualified_office_is_the_person_just_written_about_not_the_articles_figure(
        extractor: Extractor) -> None:
    text = ("Ted Cruz spoke in Iowa. Cruz said he would win. Cruz said the party was united. "
            "Cruz attacked Rubio. Harry M. Reid (D-Nev.) blasted Rubio and defended Cruz in an "
            "interview. \"What Rubio has done is one of the worst machinations,\" the Senate "
            "minority leader said.")
    s = _said(extractor, text, "worst machinations", date(2015, 12, 24))
    assert s.speaker == "Harry M. Reid"


# --- a person introduced in full with a description is the next quote's likely speaker ----------

def test_a_person_introduced_with_a_description_is_the_next_he(extractor: Extractor) -> None:
    text = ("Trump spoke for an hour. Clinton made an appearance of sorts, courtesy of Wes "
            "Nakagiri, a delegate from Michigan who dressed up in a prison outfit. \"I thought it "
            "would be funny,\" he said.")
    assert _said(extractor, text, "would be funny", date(2016, 7, 21)).speaker == "Wes Nakagiri"


def test_the_sentences_subject_beats_an_introduced_object(extractor: Extractor) -> None:
    text = ("George Zimmerman is selling the gun he used to kill Trayvon Martin, an unarmed "
            "teenager, during a 2012 confrontation. \"I'm a free American,\" he told Fox 35.")
    s = _said(extractor, text, "free American", date(2016, 5, 12))
    assert s.speaker == "George Zimmerman"


# --- openers and tags -----------------------------------------------------------------------

def test_a_subject_after_a_conjunction_and_an_intro_phrase_is_the_next_he(
        extractor: Extractor) -> None:
    text = ("Brian Fallon, a spokesman for Mrs. Clinton, said he had reached a \"new low.\"\n\n"
            "But at another event in Philadelphia on Thursday morning, Mr. Sanders showed no "
            "sign of regret. He made clear that he did not intend to hold back.")
    s = _said(extractor, text, "hold back", date(2016, 4, 8))
    assert s.speaker == "Sanders"


def test_a_subject_after_a_one_word_opener_is_the_next_he(extractor: Extractor) -> None:
    text = ("And on Friday, Paul Manafort resigned as chairman of the Trump campaign. Still, "
            "Mr. Trump has seized on emails released over the past weeks. He has said the "
            "emails showed corruption.")
    s = _said(extractor, text, "showed corruption", date(2016, 8, 22))
    assert s.speaker == "Donald Trump"


def test_a_name_inside_the_content_before_a_final_tag_is_not_its_he(
        extractor: Extractor) -> None:
    text = ("Joseph Hunter, a blogger in Chicago, said he will not vote for Trump. Also, Trump "
            "isn't a conservative, he said.")
    s = _said(extractor, text, "isn't a conservative", date(2016, 4, 17))
    assert s.speaker == "Joseph Hunter"


def test_a_memo_seen_by_an_outlet_said_is_the_memo(extractor: Extractor) -> None:
    s = _said(extractor, "A redacted copy of the 2013 FDIC inspector general's memo seen by "
              "Reuters said investigators were unable to determine which files had been "
              "extracted.", "unable to determine", date(2016, 7, 14))
    assert s.speaker == "the 2013 FDIC inspector general's memo seen by Reuters"


@pytest.mark.parametrize("text", [
    "Trump claimed without evidence that the election was rigged.",
    "Trump was blunt, claiming without any evidence that the election was rigged.",
])
def test_without_evidence_before_that_keeps_the_claim(extractor: Extractor, text: str) -> None:
    s = _said(extractor, text, "election was rigged")
    assert (s.speaker, s.content) == ("Donald Trump", "the election was rigged")


# --- sentences with a speech verb that gave no statement ----------------------------------------

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Relations with Russia will need to be normalized, said Slovak Foreign and European "
     "Affairs Minister Juraj Blanar.", "Juraj Blanar",
     "Relations with Russia will need to be normalized"),
    ("Sen. Bernie Sanders said Sunday in Madison, Wisconsin, that he was hoping for a large "
     "turnout.", "Bernie Sanders", "he was hoping for a large turnout"),
])
def test_a_long_title_or_a_place_and_region_keep_the_statement(
        extractor: Extractor, text: str, speaker: str, content: str) -> None:
    s = _said(extractor, text, content)
    assert (s.speaker, s.content) == (speaker, content)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Powell's office, when contacted by Reuters, said the former top diplomat could not "
     "recall the conversation.", "Powell's office",
     "the former top diplomat could not recall the conversation"),
    ("But Alphabet's founders have said repeatedly they don't want to create content.",
     "Alphabet's founders", "they don't want to create content"),
])
def test_an_aside_or_an_adverb_before_the_clause_keeps_the_statement(
        extractor: Extractor, text: str, speaker: str, content: str) -> None:
    s = _said(extractor, text, content)
    assert (s.speaker, s.content) == (speaker, content)


def test_a_set_off_aside_between_the_cue_and_its_clause(extractor: Extractor) -> None:
    s = _said(extractor, "Republican presidential candidate Marco Rubio says, win or lose in "
              "Tuesday's crucial Florida primary, he's staying in the race.", "staying in",
              date(2016, 3, 15))
    assert (s.speaker, s.content) == ("Marco Rubio", "he's staying in the race")


def test_a_negation_inside_an_anonymity_aside_does_not_negate_the_cue(
        extractor: Extractor) -> None:
    s = _said(extractor, "Federal officials familiar with the server, speaking on the condition "
              "of anonymity because they were not authorized to discuss the investigation, said "
              "that it did appear to have some security features.", "security features")
    assert s.speaker == "Federal officials familiar with the server"


def test_a_final_tag_after_a_framing_clause_may_be_the_person_it_names(
        extractor: Extractor) -> None:
    text = ("Arianna Gil founded the collective. Though Ms. Olivieri has lived in Washington "
            "Heights for years, the change is new, she said.")
    s = _said(extractor, text, "the change is new", date(2016, 7, 31))
    assert s.speaker != "Arianna Gil"


@pytest.mark.parametrize("text", [
    "Zelenskiy said over 400 drones were launched overnight.",
    "The UN said over 500,000 people have been displaced in Gaza since March.",
])
def test_over_a_number_opens_the_reported_clause(extractor: Extractor, text: str) -> None:
    s = _said(extractor, text, "over")
    assert s.content.startswith("over ")


def test_an_apposition_ending_in_a_quoted_title_keeps_the_statement(
        extractor: Extractor) -> None:
    s = _said(extractor, "Trump, the star of the reality TV show \"The Apprentice,\" said "
              "conventions have been too dull.", "too dull", date(2016, 6, 7))
    assert s.speaker == "Donald Trump"


def test_but_now_said_is_the_sentences_subject(extractor: Extractor) -> None:
    s = _said(extractor, "House Republican Thomas Massie used to support Rand Paul, but now "
              "said Trump had \"the opportunity to bring us together.\"", "opportunity",
              date(2016, 7, 21))
    assert s.speaker == "Thomas Massie"
