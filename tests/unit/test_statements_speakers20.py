"""Speakers and statements, round 19 (issue 13, twentieth session): shapes found where the
optional parser rescued a statement the rules had lost, and in wire copy written to probe."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2025, 3, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def test_a_namesake_junior_is_not_his_father() -> None:
    found = _extract("Mr. Trump's son, Donald Trump Jr., said the talks were a sham. "
                     "Trump Jr. added that Kyiv had lost.")
    assert [(s.speaker, s.official) for s in found] == [("Donald Trump Jr.", None)] * 2


def test_the_father_after_the_son_is_still_the_father() -> None:
    found = _extract("Donald Trump Jr. said the talks were a sham. Later, Donald Trump said "
                     "the talks would go on.")
    assert [s.speaker for s in found] == ["Donald Trump Jr.", "Donald Trump"]
    assert found[1].official == "trump"


def test_a_set_off_aside_after_the_setting_then_that() -> None:
    found = _extract("Peskov said on Tuesday, speaking to reporters in Moscow, that the talks "
                     "would go on.")
    assert [(s.official, s.content) for s in found] == [("peskov", "the talks would go on")]


def test_a_dash_aside_right_after_that() -> None:
    found = _extract("Zelenskiy says that – after weeks of talks in Geneva – the deal is done.")
    assert [(s.official, s.content) for s in found] == [("zelenskyy", "the deal is done")]


def test_a_tenure_ends_the_noun_phrase_before_an_apposition() -> None:
    found = _extract("Her husband of 20 years, a retired teacher from Kharkiv, said the war had "
                     "changed them.")
    assert [(s.mention, s.content) for s in found] == [
        ("Her husband of 20 years, a retired teacher from Kharkiv", "the war had changed them")]


def test_a_title_in_quotes_inside_an_apposition_is_no_quote() -> None:
    found = _extract('Lavrov, who spoke to the newspaper "Kommersant," said the talks would go '
                     "on.")
    assert [(s.official, s.mention, s.content) for s in found] == [
        ("lavrov", 'Lavrov, who spoke to the newspaper "Kommersant,"', "the talks would go on")]


def test_a_participle_after_a_title_keeps_the_clause_subject() -> None:
    found = _extract("“I think the deal is dead,” Lavrov said on the “60 Minutes,” adding, "
                     "“We will not sign it.”")
    assert [s.official for s in found] == ["lavrov", "lavrov"]


def test_a_listener_named_by_a_title_in_quotes_is_no_content() -> None:
    found = _extract('Kremlin spokesman Dmitry Peskov told the "Moscow. Kremlin. Putin" '
                     "programme that the talks would go on.")
    assert [(s.official, s.content) for s in found] == [("peskov", "the talks would go on")]
    found = _extract('Zelenskiy told "Meet the Press" that Ukraine would not cede land.')
    assert [(s.official, s.content) for s in found] == [
        ("zelenskyy", "Ukraine would not cede land")]


def test_a_nationality_the_registry_gives_by_country_resolves_a_description() -> None:
    found = _extract("Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow "
                     "on Tuesday. The Kremlin leader said the talks were useful. The American "
                     "envoy said he would report to Trump.")
    assert [s.official for s in found] == ["putin", "witkoff"]


def test_a_plural_noun_before_a_speech_verb_is_the_subject_not_a_cue() -> None:
    found = _extract("Other refugee advocates also said the government should go further.")
    assert [(s.mention, s.cue, s.content) for s in found] == [
        ("Other refugee advocates", "said", "the government should go further")]


def test_a_name_before_the_verb_keeps_it_a_verb() -> None:
    found = _extract("He praised the speech, which Will claims affirmed the party's values.",
                     unit="attribution")
    assert any(s.cue == "claims" for s in found)


def test_a_coordinated_speech_verb_after_an_auxiliary() -> None:
    found = _extract("Zelenskyy has rejected the plan but has said he is ready to talk.")
    assert [(s.official, s.cue, s.content) for s in found] == [
        ("zelenskyy", "rejected", "the plan"), ("zelenskyy", "said", "he is ready to talk")]
    found = _extract("Rubio expressed concerns and has said the deal must wait.")
    assert [(s.official, s.content) for s in found] == [("rubio", "the deal must wait")]


def test_added_with_a_bare_clause_is_a_statement() -> None:
    found = _extract("Peskov added he would not comment. Zelenskyy added the talks would "
                     "continue next week.")
    assert [(s.official, s.content) for s in found] == [
        ("peskov", "he would not comment"), ("zelenskyy", "the talks would continue next week")]


def test_added_with_an_object_is_none() -> None:
    assert _extract("Peskov added to the confusion. Ukraine added 30 drones to its fleet. "
                    "Clinton repeated the attacks they have been airing.") == []


def test_an_aside_inside_a_bare_reported_clause() -> None:
    found = _extract("Peskov said the Kremlin, however, had not received the text.")
    assert [(s.official, s.content) for s in found] == [
        ("peskov", "the Kremlin, however, had not received the text")]
    found = _extract("Rubio said Witkoff, though, would stay in Moscow.")
    assert [(s.official, s.content) for s in found] == [
        ("rubio", "Witkoff, though, would stay in Moscow")]


def test_at_least_a_number_opens_the_reported_clause() -> None:
    found = _extract("Zelenskyy said at least 400 drones were launched overnight.")
    assert [(s.official, s.content) for s in found] == [
        ("zelenskyy", "at least 400 drones were launched overnight")]


def test_people_an_outlet_asked_speak() -> None:
    found = _extract("Kyiv is dragging its feet on the announcement of the delegation, experts "
                     "interviewed by TASS said.")
    assert [(s.mention, s.content) for s in found] == [
        ("experts interviewed by TASS",
         "Kyiv is dragging its feet on the announcement of the delegation")]


def test_people_described_at_a_sentence_start_are_no_name() -> None:
    found = _extract("Residents said the shelling went on all night. They said the town had no "
                     "power.")
    assert [(s.speaker, s.resolution) for s in found] == [
        ("Residents", "description"), ("Residents", "pronoun")]


def test_the_people_listed_after_a_description_speak() -> None:
    found = _extract("Two envoys from Washington, Witkoff and Kushner, said the talks were "
                     "useful.")
    assert [s.official for s in found] == ["witkoff", "kushner"]
    found = _extract("Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and "
                     "Carlos Curbelo, have said they will not back Mr. Trump.")
    assert [s.speaker for s in found] == ["Ileana Ros-Lehtinen and Carlos Curbelo"]


def test_a_final_tag_with_a_coordinated_subject() -> None:
    found = _extract("The talks stalled on Tuesday, diplomats and officials said.")
    assert [(s.speaker, s.content) for s in found] == [
        ("diplomats and officials", "The talks stalled on Tuesday")]
    found = _extract("The campaign manager yanked the arm of a reporter, she and another "
                     "reporter said.")
    assert [s.mention for s in found] == ["she and another reporter"]


def test_a_list_of_places_before_a_participle_is_no_tag() -> None:
    assert _extract("I see Nigeria, Angola, Congo and France mentioned in your bio.") == []


def test_a_closing_tag_with_a_named_listener_reports_the_sentence() -> None:
    found = _extract('Moscow will respond "in a mirror manner," Peskov told Izvestia.')
    assert [(s.official, s.content) for s in found] == [
        ("peskov", 'Moscow will respond "in a mirror manner')]


def test_an_official_apposed_to_a_description_of_the_other_gender() -> None:
    found = _extract("The spokesman for the ministry, Maria Zakharova, said Moscow had not been "
                     "informed.")
    assert [s.official for s in found] == ["zakharova"]


def test_an_owner_opening_an_apposition_is_not_the_speaker() -> None:
    found = _extract("Corey Lewandowski, Trump's campaign manager, said the money would go to "
                     "the RNC.")
    assert [(s.speaker, s.official) for s in found] == [("Corey Lewandowski", None)]


def test_two_officials_with_long_titles_speak_together() -> None:
    found = _extract("U.S. Secretary of State Marco Rubio and Ukrainian Foreign Minister Andrii "
                     "Sybiha said in a joint statement that the talks were productive.")
    assert [s.official for s in found] == ["rubio", "sybiha"]


def test_that_as_an_object_before_a_setting_is_no_content() -> None:
    found = _extract("Kyiv has repeatedly said it will not give up territory, and Zelenskyy "
                     "reiterated that on Sunday.")
    assert [s.cue for s in found] == ["said"]
    found = _extract("Kallas underlined that this support needed to find its way in.")
    assert [s.content for s in found] == ["this support needed to find its way in"]


def test_his_us_counterpart_is_the_american_official_named() -> None:
    found = _extract("Rubio met Lavrov in Riyadh. The Russian minister said the meeting was "
                     "useful, while his U.S. counterpart called it “a first step.”")
    assert [s.official for s in found] == ["lavrov", "rubio"]


def test_the_us_is_not_its_president() -> None:
    found = _extract("Trump met Xi. The U.S. reiterated that its measures are essential.")
    assert [s.official for s in found] == [None]


def test_a_long_medium_before_that() -> None:
    found = _extract("Zelenskyy said in an interview with the Axios news site published on "
                     "Sunday that Ukraine would not cede land.")
    assert [(s.official, s.content) for s in found] == [
        ("zelenskyy", "Ukraine would not cede land")]


def test_a_final_tag_before_a_semicolon() -> None:
    found = _extract("The talks are dead, Peskov said; the Kremlin would wait for Washington.")
    assert [(s.official, s.content) for s in found] == [("peskov", "The talks are dead")]


def test_an_official_inside_a_list_s_description_is_not_a_speaker() -> None:
    found = _extract("Witkoff and Kushner, both close allies of Trump, said the plan was fair.")
    assert [s.official for s in found] == ["witkoff", "kushner"]


def test_those_close_to_an_official_are_not_the_official() -> None:
    found = _extract("Those close to Zelenskyy said the plan was fair.")
    assert [(s.speaker, s.official) for s in found] == [("Those close to Zelenskyy", None)]


def test_an_ally_is_no_adverb() -> None:
    found = _extract("A Trump ally said the plan was fair.")
    assert [(s.speaker, s.official) for s in found] == [("A Trump ally", None)]


def test_a_given_name_of_the_world_before_an_official_surname_is_another_person() -> None:
    found = _extract("Lara Trump said the plan was fair.")
    assert [(s.speaker, s.official) for s in found] == [("Lara Trump", None)]


def test_an_official_s_family_is_not_the_official() -> None:
    found = _extract("The Zelenskyy family said the plan was fair.")
    assert [(s.speaker, s.official) for s in found] == [("The Zelenskyy family", None)]
