"""Round 30 (issue 13), the lead's rules from two scans of the product's statements over news
pages: cue words in a sense that reports no one's words ("charge" as a prosecutor's act, a
rush or a price; "suspect" the noun; a passive subject before a quote), and sentences with a
speech verb that gave no statement (party tags, datelines, titles joined by "and", settings
before the reported clause, a negation before "but", a sentence-final "say sources")."""

from __future__ import annotations

import pytest

from tests.support.statements import extract

_extract = extract


@pytest.mark.parametrize("text", [
    "Harbor City police charged Dana Whitlock, 34, with two counts of arson on Friday.",
    "Investigators arrested the driver and charged him with reckless homicide.",
    "The indictment also charges the firm's former treasurer with concealing the losses.",
])
def test_a_prosecutors_charge_is_no_statement(text: str) -> None:
    assert _extract(text) == []


@pytest.mark.parametrize("text", [
    "The linebacker charged forward and knocked the quarterback to the turf.",
    "A protester charged across the square and shoved the mayor.",
    "The marina charged a $5,000 mooring fee, most of it refundable.",
    "Organizers defend themselves against charges of bias, disavowing racially charged "
    "signs that appear in their crowds.",
])
def test_a_rush_a_price_or_an_adjective_is_no_statement_in_either_unit(text: str) -> None:
    for unit in ("statement", "attribution"):
        assert all(s.cue.lower() not in {"charged", "charges"} for s in _extract(text, unit))


def test_the_attribution_unit_keeps_an_accusation_with_an_object() -> None:
    text = "A watchdog report charged the ministry with hiding the cost overruns."
    assert [s.cue for s in _extract(text, "attribution")] == ["charged"]


@pytest.mark.parametrize("text", [
    "Critics charged that the inquiry had been rushed.",
    "Officials charged it was a deliberate attempt to mislead the court.",
    '"This is a cover-up," the senator charged.',
])
def test_charge_in_words_stays_a_statement(text: str) -> None:
    assert [s.cue for s in _extract(text)] == ["charged"]


@pytest.mark.parametrize("text", [
    "Robbery suspect Darnell Price, 22, was arraigned on Monday.",
    "Police are still looking for another suspect seen on a doorbell camera.",
])
def test_suspect_after_a_singular_word_is_the_noun(text: str) -> None:
    assert all(s.cue.lower() != "suspect" for s in _extract(text))


@pytest.mark.parametrize("text", [
    "Detectives suspect the fire was set to cover up the burglary.",
    "Analysts suspect the numbers are much higher than reported.",
    "Police now suspect the driver fell asleep at the wheel.",
])
def test_suspect_after_a_plural_subject_or_adverb_stays_a_verb(text: str) -> None:
    assert [s.cue for s in _extract(text)] == ["suspect"]


def test_a_passive_subject_is_not_the_source_of_a_quote_in_its_predicate() -> None:
    text = ('Lena Markova was arrested for "spreading false information about the armed '
            'forces" and later released on bail.')
    assert _extract(text) == []


def test_a_held_view_after_is_keeps_its_partial_quote() -> None:
    text = ('Mara Lindqvist is convinced that cheaper power will "lower prices for every '
            'household in the long term."')
    assert [s.speaker for s in _extract(text)] == ["Mara Lindqvist"]


@pytest.mark.parametrize("text", [
    "On Sunday, Sen. Dana Pruitt, R-Ky., said the bill was dead on arrival.",
    "But Rep. Omar Lindgren, D-Calif., suggested a compromise had been reached.",
    '"It shows complete disrespect," Pruitt, R-S.C., said Tuesday night on cable news.',
])
def test_a_party_tag_between_commas_leaves_the_name_before_it_the_speaker(text: str) -> None:
    found = _extract(text)
    assert len(found) == 1
    assert found[0].speaker in {"Dana Pruitt", "Omar Lindgren", "Pruitt"}


def test_a_dateline_is_not_part_of_a_long_subject() -> None:
    text = ("GENEVA, May 21 (AFP) - Min-ji Seo, who escaped starvation in the North in 1999, "
            "was sent back from China and fled a second time, told the council on Tuesday that "
            "its leaders must be held accountable.")
    found = _extract(text)
    assert [s.speaker for s in found] == ["Min-ji Seo"]


def test_a_dateline_place_gives_way_to_the_subject_after_the_horizontal_bar() -> None:
    text = ("WASHINGTON ― Senator Alma Reyes on Tuesday renewed her attack on the agency, and "
            "said its director should resign.")
    assert [s.speaker for s in _extract(text)] == ["Alma Reyes"]


def test_no_apposition_opens_at_a_dateline_before_an_inverted_tag() -> None:
    text = ("SPRINGDALE, Ore. – Nine people were hurt Thursday in the crash on the interstate, "
            "said Dr. Owen Hale, the chief medical officer at the county hospital.")
    assert [s.speaker for s in _extract(text)] == ["Owen Hale"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tanaka said in a news conference at Expo, an international robotics trade show in "
     "Osaka, that the rules have cut the firm's market share in half.", "Tanaka"),
    ("His lawyer said then that the mayor intended to cooperate fully.", "His lawyer"),
    ("The ministry said Tuesday at least 3,509 people have been killed since March.",
     "The ministry"),
    ("The ministry said on Tuesday at least 212 people have been killed since March.",
     "The ministry"),
])
def test_a_reported_clause_after_a_setting_is_found(text: str, speaker: str) -> None:
    found = _extract(text)
    assert [s.mention for s in found] == [speaker]
    assert not found[0].content.startswith(("Tuesday", "on Tuesday", "then"))


def test_a_sentence_final_plural_tag_inverts_in_the_product() -> None:
    found = _extract("The studio's option would trump the rival's hold on the star, say sources.")
    assert [s.speaker for s in found] == ["sources"]


def test_say_for_example_is_no_tag() -> None:
    assert _extract("Pick a city, say, Lisbon, and book a week there.") == []


@pytest.mark.parametrize("text", [
    "Mayor Ruth Okafor did not comment on the report, but said that the audit was unfair.",
    "Okafor couldn't say if anyone else was in the building, but said no one was injured.",
])
def test_a_negation_before_but_belongs_to_the_first_verb(text: str) -> None:
    assert [s.cue for s in _extract(text)] == ["said"]


def test_not_yet_still_negates_the_cue() -> None:
    assert _extract("Investigators have not yet said who owned the gun.") == []


def test_a_party_tag_subject_of_a_joined_verb_is_the_name_before_it() -> None:
    text = ("Speaking on Sunday, Sen. Jim Darrow, R-S.C., would not go that far but said the "
            "chairman must apologize.")
    assert [s.speaker for s in _extract(text)] == ["Jim Darrow"]


def test_two_titles_joined_by_and_are_one_persons() -> None:
    text = ("Talks must continue to prevent war, but ties will only be restored if conditions "
            "change, Secretary of State and acting national security adviser Carl Brandt said "
            "at a hearing before a US House of Representatives committee.")
    found = _extract(text)
    assert [s.speaker for s in found] == ["Carl Brandt"]
    assert found[0].mention.startswith("Secretary of State and acting")


@pytest.mark.parametrize(("text", "content"), [
    ("The Tribune says family members identified the victims.", "family members identified"),
    ("Deputies say this happened during an argument at a party.", "this happened"),
])
def test_a_clause_opening_with_a_noun_in_ly_or_a_demonstrative_is_reported(
        text: str, content: str) -> None:
    found = _extract(text)
    assert len(found) == 1 and found[0].content.startswith(content)


def test_this_before_a_time_noun_still_ends_the_tag() -> None:
    found = _extract("The plan will fail, the minister said this week.")
    assert [s.content for s in found] == ["The plan will fail"]


def test_says_is_no_plural_subject_of_a_cue_word_after_it() -> None:
    found = _extract("The Millbrook police chief says charges against the couple are pending.")
    assert [(s.cue, s.content) for s in found] == [
        ("says", "charges against the couple are pending")]


@pytest.mark.parametrize(("text", "cues"), [
    ("No voters brought up the Hadley report to the senator as he spoke to them.", []),
    ("Police report that the man fled on foot.", ["report"]),
    ("Several drivers report the lights went out at noon.", ["report"]),
])
def test_report_after_an_article_and_modifiers_is_the_document(
        text: str, cues: list[str]) -> None:
    assert [s.cue for s in _extract(text)] == cues


def test_a_time_adverb_after_a_closing_tag_leaves_the_clause_before_it_the_content() -> None:
    text = "If the host was too cold, the guest at times ran too hot, analysts said afterward."
    found = _extract(text)
    assert [s.speaker for s in found] == ["analysts"]
    assert found[0].content.startswith("If the host was too cold")


def test_a_negated_verb_and_a_manner_adverb_are_no_closing_tag() -> None:
    text = ("Local media reported that the lawyer was shot near the Delmar school, which has not "
            "commented publicly.")
    assert [s.speaker for s in _extract(text)] == ["Local media"]


def test_two_groups_joined_by_and_before_a_closing_tag_both_speak() -> None:
    text = ("Tiny bits of genetic material are often used to find a suspect, investigators and "
            "bomb experts say.")
    assert [s.speaker for s in _extract(text)] == ["investigators and bomb experts"]


def test_a_negation_before_and_belongs_to_the_first_verb() -> None:
    text = "Police have not identified a suspect and say the gray sedan is a vehicle of interest."
    assert [s.cue for s in _extract(text)] == ["say"]


def test_or_joins_no_cue_to_the_subject_before() -> None:
    text = "Police continue to search for the suspect or suspects who shot four people."
    assert _extract(text) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Police said as many as 20,000 people took to the streets of the capital.", "as many as"),
    ("Officers are still at the scene and say more details will be released later.", "more"),
])
def test_a_quantity_opens_a_reported_clause(text: str, content: str) -> None:
    found = _extract(text)
    assert len(found) == 1 and found[0].content.startswith(content)


def test_a_date_set_off_after_the_day_leaves_the_clause_after_it() -> None:
    text = "The minister said Wednesday, May 21, he was open to a temporary ceasefire."
    assert [s.content for s in _extract(text)] == ["he was open to a temporary ceasefire"]
